package com.stratum.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes an Online-Retail-shaped workbook (the UCI "Online Retail" layout: InvoiceNo, StockCode,
 * Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country) with SXSSF, and the same
 * rows as CSV. Deterministic for a seed: about 20 lines per invoice, 2% cancelled invoices
 * ("C" prefix, negative quantities), a quarter of the lines without a customer, mostly UK.
 */
final class RetailWorkbookGenerator {

    static final String[] HEADER = {"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
            "CustomerID", "Country"};
    private static final String[] COUNTRIES = {"United Kingdom", "Germany", "France", "EIRE", "Spain", "Netherlands",
            "Belgium", "Switzerland", "Portugal", "Australia", "Norway", "Italy", "Channel Islands", "Finland",
            "Cyprus", "Sweden", "Austria", "Denmark", "Japan", "Poland", "USA", "Israel", "Singapore", "Iceland"};
    private static final String[] WORDS = {"WHITE", "HANGING", "HEART", "T-LIGHT", "HOLDER", "CREAM", "CUPID",
            "HEARTS", "COAT", "HANGER", "KNITTED", "UNION", "FLAG", "HOT", "WATER", "BOTTLE", "RED", "WOOLLY",
            "HOTTIE", "SET", "OF", "TEA", "COFFEE", "SUGAR", "TINS", "PANTRY", "GLASS", "STAR", "FROSTED",
            "LANTERN", "VINTAGE", "JUMBO", "BAG", "RETROSPOT", "LUNCH", "BOX", "PARTY", "BUNTING", "CAKE", "STAND"};
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");

    private RetailWorkbookGenerator() {
    }

    static void write(Path xlsx, Path csv, int rows, long seed) throws IOException {
        Random rnd = new Random(seed);
        int products = 4000;
        String[] stock = new String[products];
        String[] desc = new String[products];
        double[] price = new double[products];
        for (int p = 0; p < products; p++) {
            stock[p] = (p % 9 == 0) ? (20000 + p) + String.valueOf((char) ('A' + p % 6)) : String.valueOf(20000 + p);
            desc[p] = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " "
                    + WORDS[rnd.nextInt(WORDS.length)];
            price[p] = Math.round((0.19 + Math.pow(rnd.nextDouble(), 3) * 20) * 100) / 100.0;
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
             BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            wb.setCompressTempFiles(true);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yyyy h:mm"));
            Sheet sheet = wb.createSheet("Online Retail");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            out.write(String.join(",", HEADER));
            out.write('\n');
            LocalDateTime time = LocalDateTime.of(2010, 12, 1, 8, 26);
            int invoice = 536365;
            int linesLeft = 0;
            boolean cancelled = false;
            String customer = null;
            String country = COUNTRIES[0];
            StringBuilder line = new StringBuilder(128);
            for (int r = 1; r <= rows; r++) {
                if (linesLeft == 0) {
                    invoice++;
                    linesLeft = 1 + rnd.nextInt(40);
                    cancelled = rnd.nextInt(50) == 0;
                    customer = rnd.nextInt(4) == 0 ? null : String.valueOf(12346 + rnd.nextInt(5942));
                    country = rnd.nextInt(10) < 9 ? COUNTRIES[0] : COUNTRIES[1 + rnd.nextInt(COUNTRIES.length - 1)];
                    time = time.plusMinutes(rnd.nextInt(30));
                }
                linesLeft--;
                int p = rnd.nextInt(products);
                int qty = 1 + (int) (Math.pow(rnd.nextDouble(), 4) * 48);
                if (cancelled) {
                    qty = -qty;
                }
                Row row = sheet.createRow(r);
                String inv = cancelled ? "C" + invoice : null;
                Cell c0 = row.createCell(0);
                if (inv != null) {
                    c0.setCellValue(inv);
                } else {
                    c0.setCellValue(invoice);
                }
                Cell c1 = row.createCell(1);
                if (Character.isDigit(stock[p].charAt(stock[p].length() - 1))) {
                    c1.setCellValue(Integer.parseInt(stock[p]));
                } else {
                    c1.setCellValue(stock[p]);
                }
                row.createCell(2).setCellValue(desc[p]);
                row.createCell(3).setCellValue(qty);
                Cell c4 = row.createCell(4);
                c4.setCellValue(time);
                c4.setCellStyle(dateStyle);
                row.createCell(5).setCellValue(price[p]);
                if (customer != null) {
                    row.createCell(6).setCellValue(Integer.parseInt(customer));
                }
                row.createCell(7).setCellValue(country);

                line.setLength(0);
                line.append(inv != null ? inv : String.valueOf(invoice)).append(',').append(stock[p]).append(',')
                        .append(desc[p]).append(',').append(qty).append(',').append(CSV_DATE.format(time)).append(',')
                        .append(price[p]).append(',').append(customer == null ? "" : customer).append(',')
                        .append(country).append('\n');
                out.write(line.toString());
            }
            try (OutputStream os = Files.newOutputStream(xlsx)) {
                wb.write(os);
            }
            wb.dispose();
        }
    }
}
