package com.stratum.ui.importwizard;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Files the wizard tests import, built by the tests themselves (numbers in them are worked out by hand). */
final class WizardFiles {

    private WizardFiles() {
    }

    /**
     * The orders workbook: a title row and a blank row above the header (header on row 3), five
     * data rows (rows 4-8), no amount column (quantity x unit price), and one bad date cell (row 6,
     * the text "tomorrow"). Expected: read 5, imported 4, rejected 1 (row 6, column Date).
     * With {@code customers}, a second sheet "Customers" with C1, C2 and C9; the orders hold
     * C1, C2 and C3 among the imported rows: C9 has no transactions, C3 is unknown to the customers sheet.
     */
    static Path orders(Path file, boolean customers) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet s = wb.createSheet("Orders");
            row(s, 0, date, "Orders export, March 2024");
            row(s, 2, date, "Customer ID", "Order No", "Date", "Quantity", "Unit Price", "Channel");
            row(s, 3, date, "C1", "O1", LocalDate.of(2024, 3, 1), 2, 5.5, "online");
            row(s, 4, date, "C2", "O2", LocalDate.of(2024, 3, 2), 1, 10, "store");
            row(s, 5, date, "C1", "O3", "tomorrow", 1, 3, "online");
            row(s, 6, date, "C3", "O4", LocalDate.of(2024, 3, 4), 3, 2, "mobile");
            row(s, 7, date, "C2", "O5", LocalDate.of(2024, 3, 5), 1, 4.25, "online");
            if (customers) {
                Sheet c = wb.createSheet("Customers");
                row(c, 0, date, "Customer ID", "Gender", "City");
                row(c, 1, date, "C1", "F", "Shanghai");
                row(c, 2, date, "C2", "M", "Beijing");
                row(c, 3, date, "C9", "F", "Shenzhen");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void row(Sheet s, int index, CellStyle dateStyle, Object... cells) {
        Row r = s.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            Cell c = r.createCell(i);
            if (v instanceof String) {
                c.setCellValue((String) v);
            } else if (v instanceof Number) {
                c.setCellValue(((Number) v).doubleValue());
            } else if (v instanceof LocalDate) {
                c.setCellValue((LocalDate) v);
                c.setCellStyle(dateStyle);
            }
        }
    }

    /**
     * A CSV of {@code rows} transaction lines (customer C&lt;i mod 1000&gt;, date in 2024, amount),
     * big enough that an import runs for a while and can be cancelled half-way.
     */
    static Path bigCsv(Path file, int rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("Customer ID,Order No,Date,Amount,Channel\n");
            LocalDate start = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < rows; i++) {
                w.write("C" + (i % 1000) + ",O" + i + "," + start.plusDays(i % 300) + "," + (i % 97) + ".50,online\n");
            }
        }
        return file;
    }

    /** A GBK-encoded CSV with Chinese headers: 3 lines, amounts 120.50 + 88 + 35.25. */
    static Path gbkCsv(Path file) throws IOException {
        String text = "客户ID,订单号,日期,金额,渠道\n"
                + "张三,D001,2024-01-05,120.50,线上\n"
                + "李四,D002,2024-01-06,88,门店\n"
                + "张三,D003,2024-01-09,35.25,移动端\n";
        Files.write(file, text.getBytes(Charset.forName("GBK")));
        return file;
    }
}
