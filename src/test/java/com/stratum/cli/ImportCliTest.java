package com.stratum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `import` and `info` through StratumCli.run, with stdout and stderr captured. */
class ImportCliTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CliRun cli = new CliRun();
    private final ObjectMapper json = new ObjectMapper();

    private Path ws() {
        return dir.resolve("ws");
    }

    @Test
    void importPrintsOneJsonLineAndInfoDescribesTheWorkspace() throws Exception {
        // GBK CSV with Chinese headers; 3 lines, one anonymous (empty 客户ID), customers A1 and A2
        Path f = dir.resolve("订单.csv");
        Files.write(f, ("客户ID,订单号,日期,金额\nA1,X1,2024-01-31,100.50\nA2,X2,2024-02-01,20\n,X3,2024-02-02,5\n")
                .getBytes(Charset.forName("GBK")));
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString())).isEqualTo(0);
        String line = cli.out().strip();
        assertThat(line).doesNotContain("\n");
        JsonNode r = json.readTree(line);
        assertThat(r.get("rows_read").asLong()).isEqualTo(3);
        assertThat(r.get("rows_imported").asLong()).isEqualTo(3);
        assertThat(r.get("rows_rejected").asLong()).isEqualTo(0);
        assertThat(r.get("customers").asLong()).isEqualTo(2);
        assertThat(r.get("anonymous_lines").asLong()).isEqualTo(1);
        assertThat(r.get("seconds").isNumber()).isTrue();
        assertThat(r.get("kind").asText()).isEqualTo("transactions");

        assertThat(cli.runFresh("info", "--workspace", ws().toString())).isEqualTo(0);
        JsonNode info = json.readTree(cli.out());
        assertThat(info.get("datasets")).hasSize(1);
        JsonNode d = info.get("datasets").get(0);
        assertThat(d.get("kind").asText()).isEqualTo("transactions");
        assertThat(d.get("rows").asLong()).isEqualTo(3);
        assertThat(d.get("roles").get("customer_id").asText()).isEqualTo("客户ID");
        assertThat(d.get("roles").get("amount").asText()).isEqualTo("金额");
        assertThat(info.get("customers").asLong()).isEqualTo(2);
        assertThat(info.get("definitions").asLong()).isEqualTo(0);
        assertThat(info.get("runs").asLong()).isEqualTo(0);
    }

    @Test
    void infoCountsCustomersOfACustomersSheetToo() throws Exception {
        // customers C1, C2, C3 (a customers sheet), then transactions of C1 and C9:
        // four customers in all, as features and Results count them; two of them bought
        Path cust = dir.resolve("cust.csv");
        Files.writeString(cust, "客户ID,性别,城市\nC1,女,上海\nC2,男,北京\nC3,女,深圳\n");
        assertThat(cli.runFresh("import", cust.toString(), "--workspace", ws().toString())).isEqualTo(0);
        assertThat(cli.runFresh("info", "--workspace", ws().toString())).isEqualTo(0);
        JsonNode info = json.readTree(cli.out());
        assertThat(info.get("customers").asLong()).isEqualTo(3);
        assertThat(info.get("customers_with_transactions").asLong()).isEqualTo(0);

        Path again = dir.resolve("cust-repeated.csv");
        Files.writeString(again, "客户ID,性别,城市\nC1,女,上海\nC1,男,北京\n");
        assertThat(cli.runFresh("import", again.toString(), "--workspace", ws().toString())).isEqualTo(0);
        assertThat(json.readTree(cli.out()).get("repeated_customer_rows").asLong()).isEqualTo(1);
        assertThat(cli.err()).contains("Warning: 1 row of cust-repeated.csv repeats the customer id of an earlier row");

        Path tx = dir.resolve("tx.csv");
        Files.writeString(tx, "customer id,date,amount\nC1,2024-01-01,5\nC9,2024-01-02,6\n");
        assertThat(cli.runFresh("import", tx.toString(), "--workspace", ws().toString())).isEqualTo(0);
        assertThat(cli.runFresh("info", "--workspace", ws().toString())).isEqualTo(0);
        info = json.readTree(cli.out());
        assertThat(info.get("customers").asLong()).isEqualTo(4);
        assertThat(info.get("customers_with_transactions").asLong()).isEqualTo(2);
    }

    @Test
    void mapAsAndSheetOptions() throws Exception {
        Path f = dir.resolve("members.csv");
        Files.writeString(f, "Card,When,Paid out\nM1,2024-01-01,3\nM2,2024-01-02,4\n");
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString(), "--as", "transactions",
                "--map", "customer_id=Card", "--map", "date=When", "--map", "amount=Paid out")).isEqualTo(0);
        assertThat(json.readTree(cli.out()).get("customers").asLong()).isEqualTo(2);
    }

    @Test
    void germanDecimalCommaAmountsAreImported() throws Exception {
        // the user's file: `;`-separated with 1.234,50 / -3,5 / 12,00, once refused as "does not hold numbers";
        // the values themselves are checked in DecimalCommaImportTest
        Path f = dir.resolve("semi.csv");
        Files.writeString(f, "Kunde;Datum;Betrag\nK1;2024-03-01;1.234,50\nK2;2024-03-02;-3,5\nK3;2024-03-03;12,00\n");
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString(), "--as", "transactions",
                "--map", "customer_id=Kunde", "--map", "date=Datum", "--map", "amount=Betrag")).isEqualTo(0);
        JsonNode r = json.readTree(cli.out());
        assertThat(r.get("rows_imported").asLong()).isEqualTo(3);
        assertThat(r.get("rows_rejected").asLong()).isEqualTo(0);
    }

    @Test
    void badInputExitsTwoNamingTheFileAndLeavesTheWorkspaceUnchanged() throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "customer id,date,amount\nC1,2024-01-01,5\n");
        assertThat(cli.runFresh("import", good.toString(), "--workspace", ws().toString())).isEqualTo(0);
        assertThat(cli.runFresh("info", "--workspace", ws().toString())).isEqualTo(0);
        String before = cli.out();

        Path bad = dir.resolve("broken.xlsx");
        Files.write(bad, new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7});
        assertThat(cli.runFresh("import", bad.toString(), "--workspace", ws().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("broken.xlsx").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.out()).isEmpty();

        Path noDate = dir.resolve("nodate.csv");
        Files.writeString(noDate, "customer id,amount\nC1,5\n");
        assertThat(cli.runFresh("import", noDate.toString(), "--workspace", ws().toString(), "--as", "transactions"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("nodate.csv").contains("date");

        assertThat(cli.runFresh("import", good.toString(), "--workspace", ws().toString(), "--map", "bogus=x")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown role \"bogus\"");
        assertThat(cli.runFresh("import", good.toString(), "--workspace", ws().toString(), "--as", "both")).isEqualTo(2);
        assertThat(cli.runFresh("import", good.toString(), "--workspace", ws().toString(), "--mode", "merge")).isEqualTo(2);

        assertThat(cli.runFresh("info", "--workspace", ws().toString())).isEqualTo(0);
        assertThat(cli.out()).isEqualTo(before);
    }

    @Test
    void infoOnAMissingWorkspaceIsBadInput() {
        assertThat(cli.runFresh("info", "--workspace", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no workspace");
    }

    /**
     * 31 good lines and 25 with a bad amount ("n/a" at sheet rows 3..27, the header is row 1):
     * stderr lists the first 20 as "sheet, row, column, reason" with the total 25 of 56,
     * and --rejected saves all 25 with their cells.
     */
    @Test
    void rejectedRowsAreListedAndSaved() throws Exception {
        StringBuilder csv = new StringBuilder("customer id,date,amount\nC1,2024-01-01,5\n");
        for (int i = 0; i < 25; i++) {
            csv.append("C").append(i + 2).append(",2024-01-02,n/a\n");
        }
        for (int i = 0; i < 30; i++) { // numbers stay the majority, so the amount column is typed as money
            csv.append("D").append(i).append(",2024-01-03,7.25\n");
        }
        Path f = dir.resolve("orders.csv");
        Files.writeString(f, csv.toString());
        Path out = dir.resolve("rejected.csv");
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString(), "--rejected", out.toString()))
                .as(cli::err).isEqualTo(0);
        JsonNode r = json.readTree(cli.out().strip());
        assertThat(r.get("rows_rejected").asLong()).isEqualTo(25);
        java.util.List<String> err = cli.err().lines().toList();
        assertThat(err.get(0)).contains("Rejected rows: 25 of 56").contains("the first 20");
        assertThat(err).as(cli.err()).filteredOn(l -> l.startsWith("orders, ")).hasSize(20);
        assertThat(err).contains("orders, 3, amount, \"n/a\" is not a number");
        assertThat(err).contains("orders, 22, amount, \"n/a\" is not a number");
        assertThat(err).noneMatch(l -> l.startsWith("orders, 23,"));
        java.util.List<String> saved = Files.readAllLines(out).stream()
                .map(l -> l.replace("\uFEFF", "")).toList();
        assertThat(saved.get(0)).isEqualTo("sheet,row,column,reason,customer id,date,amount");
        assertThat(saved).hasSize(26);
        assertThat(saved.get(1)).isEqualTo("orders,3,amount,\"\"\"n/a\"\" is not a number\",C2,2024-01-02,n/a");
        assertThat(saved.get(25)).startsWith("orders,27,amount,");

        Path xlsx = dir.resolve("rejected.xlsx");
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString(), "--rejected", xlsx.toString()))
                .isEqualTo(0);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            org.apache.poi.ss.usermodel.Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getLastRowNum()).isEqualTo(25); // header + 25 rows
            assertThat(sh.getRow(0).getCell(3).getStringCellValue()).isEqualTo("customer id");
            assertThat(sh.getRow(25).getCell(0).getNumericCellValue()).isEqualTo(27.0);
            assertThat(sh.getRow(25).getCell(3).getStringCellValue()).isEqualTo("C26");
        }
    }

    @Test
    void rejectedWithNothingRejectedStillWritesTheFileWithItsHeaders() throws Exception {
        Path f = dir.resolve("clean.csv");
        Files.writeString(f, "customer id,date,amount\nC1,2024-01-01,5\nC2,2024-01-02,6\n");
        Path out = dir.resolve("none-rejected.csv");
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString(), "--rejected", out.toString()))
                .as(cli::err).isEqualTo(0);
        assertThat(cli.err()).contains("No rejected rows").doesNotContain("Rejected rows:");
        java.util.List<String> saved = Files.readAllLines(out).stream().map(l -> l.replace("\uFEFF", "")).toList();
        assertThat(saved).containsExactly("sheet,row,column,reason,customer id,date,amount");
    }

    @Test
    void aRefusedDefaultSheetNamesTheOtherSheets() throws Exception {
        // a notes sheet (header only) before the data: the default first sheet has no data rows
        Path f = dir.resolve("two-sheets.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("customer id");
            org.apache.poi.ss.usermodel.Sheet orders = wb.createSheet("Orders");
            String[][] rows = {{"customer id", "date", "amount"}, {"C1", "2024-01-01", "5"}};
            for (int i = 0; i < rows.length; i++) {
                org.apache.poi.ss.usermodel.Row row = orders.createRow(i);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("two-sheets.xlsx").contains("\"Notes\", \"Orders\"").contains("--sheet");
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString(), "--sheet", "Orders"))
                .as(cli::err).isEqualTo(0);
    }

    @Test
    void rejectedToAnUnknownFormatIsRefusedBeforeImporting() throws Exception {
        Path f = dir.resolve("orders.csv");
        Files.writeString(f, "customer id,date,amount\nC1,2024-01-01,5\n");
        assertThat(cli.runFresh("import", f.toString(), "--workspace", ws().toString(), "--rejected",
                dir.resolve("out.txt").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--rejected").contains(".xlsx or .csv");
        assertThat(Files.exists(ws())).isFalse();
    }

    /** A failed import into a new folder leaves no workspace (an empty one would answer the next try). */
    @Test
    void aFailedImportIntoANewFolderLeavesNoWorkspace() throws Exception {
        assertThat(cli.runFresh("import", dir.resolve("missing.csv").toString(), "--workspace", ws().toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("missing.csv");
        assertThat(Files.exists(ws())).isFalse();
        Path broken = dir.resolve("broken.xlsx");
        Files.writeString(broken, "not a workbook");
        assertThat(cli.runFresh("import", broken.toString(), "--workspace", ws().toString())).isEqualTo(2);
        assertThat(Files.exists(ws())).isFalse();
        // an existing workspace stays, whatever the import did
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "customer id,date,amount\nC1,2024-01-01,5\n");
        assertThat(cli.runFresh("import", good.toString(), "--workspace", ws().toString())).isEqualTo(0);
        assertThat(cli.runFresh("import", broken.toString(), "--workspace", ws().toString())).isEqualTo(2);
        assertThat(cli.runFresh("info", "--workspace", ws().toString())).isEqualTo(0);
        assertThat(json.readTree(cli.out().strip()).get("datasets")).hasSize(1);
    }

    @Test
    void theSameOrdersFromTwoFilesAreReportedAsDuplicateOrders() throws Exception {
        Path a = dir.resolve("transactions.csv");
        Files.writeString(a, "customer id,order id,date,amount\nA1,X1,2024-01-31,100.50\nA2,X2,2024-02-01,20\n");
        assertThat(cli.runFresh("import", a.toString(), "--workspace", ws().toString())).isEqualTo(0);
        assertThat(json.readTree(cli.out()).get("duplicate_orders").asLong()).isEqualTo(0);
        assertThat(cli.err()).doesNotContain("Warning");

        // the same two orders again in GBK with Chinese headers, and one new order X3: 2 duplicates by hand
        Path b = dir.resolve("订单.csv");
        Files.write(b, ("客户ID,订单号,日期,金额\nA1,X1,2024-01-31,100.50\nA2,X2,2024-02-01,20\nA3,X3,2024-02-02,5\n")
                .getBytes(Charset.forName("GBK")));
        assertThat(cli.runFresh("import", b.toString(), "--workspace", ws().toString())).isEqualTo(0);
        JsonNode r = json.readTree(cli.out().strip());
        assertThat(r.get("duplicate_orders").asLong()).isEqualTo(2);
        assertThat(r.get("rows_read").asLong()).isEqualTo(3);
        assertThat(r.get("rows_imported").asLong()).isEqualTo(3);
        assertThat(cli.err()).contains("Warning").contains("2 order ids").contains("\"transactions.csv\"")
                .contains("remove-dataset");

        // what the warning suggests: the first import (dataset 1) goes, the second stays with its 3 lines
        assertThat(cli.runFresh("remove-dataset", "--workspace", ws().toString(), "--id", "1")).isEqualTo(0);
        JsonNode removed = json.readTree(cli.out().strip());
        assertThat(removed.get("removed").asLong()).isEqualTo(1);
        assertThat(removed.get("name").asText()).isEqualTo("transactions.csv");
        assertThat(removed.get("rows").asLong()).isEqualTo(2);
        assertThat(cli.runFresh("info", "--workspace", ws().toString())).isEqualTo(0);
        JsonNode info = json.readTree(cli.out().strip());
        assertThat(info.get("datasets")).hasSize(1);
        assertThat(info.get("datasets").get(0).get("rows").asLong()).isEqualTo(3);
        // a dataset that is not there: bad input, nothing changes
        assertThat(cli.runFresh("remove-dataset", "--workspace", ws().toString(), "--id", "1")).isEqualTo(2);
        assertThat(cli.err()).contains("There is no dataset 1").contains("info");
    }
}
