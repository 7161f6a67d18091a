package com.stratum.imports;

import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.stratum.imports.TestSheets.row;
import static com.stratum.imports.TestSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/** German and French number formats through the whole import; expected values worked out by hand. */
class DecimalCommaImportTest extends ImportTestSupport {

    private static ImportOptions german() {
        return new ImportOptions().kind(DatasetKind.TRANSACTIONS).map("customer_id", "Kunde")
                .map("date", "Datum").map("amount", "Betrag");
    }

    private static BigDecimal value(List<Object> row, int column) {
        Object v = row.get(column);
        return v instanceof BigDecimal ? (BigDecimal) v : BigDecimal.valueOf(((Number) v).longValue());
    }

    @Test
    void germanSemicolonCsv() throws Exception {
        String content = "Kunde;Datum;Betrag;Menge;Preis\n"
                + "K1;2024-03-01;1.234,50;1,5;823,00\n"   // 1234.50; 1.5 kg; 823.00
                + "K2;2024-03-02;-3,5;2;-1,75\n"          // -3.5; 2; -1.75
                + "K3;2024-03-03;12,00;3;4,00\n"          // 12.00; 3; 4.00
                + "K4;2024-03-04;1.234;10;123,40\n";      // 1234 (point groups in a comma column); 10; 123.40
        ImportResult r = importFile(text("semi.csv", content, StandardCharsets.UTF_8),
                german().map("quantity", "Menge").map("unit_price", "Preis"));
        assertThat(r.rowsImported()).isEqualTo(4);
        assertThat(r.rowsRejected()).isZero();
        DatasetInfo d = dataset(r.datasetId());
        assertThat(d.columns()).extracting(c -> c.dataType()).containsExactly(DataType.TEXT, DataType.DATE,
                DataType.DECIMAL, DataType.DECIMAL, DataType.DECIMAL);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(value(rows.get(0), 2)).isEqualByComparingTo("1234.50");
        assertThat(value(rows.get(1), 2)).isEqualByComparingTo("-3.5");
        assertThat(value(rows.get(2), 2)).isEqualByComparingTo("12.00");
        assertThat(value(rows.get(3), 2)).isEqualByComparingTo("1234");
        assertThat(value(rows.get(0), 3)).isEqualByComparingTo("1.5");
        assertThat(value(rows.get(0), 4)).isEqualByComparingTo("823");
        assertThat(value(rows.get(1), 4)).isEqualByComparingTo("-1.75");
        assertThat(value(rows.get(3), 4)).isEqualByComparingTo("123.40");
        assertThat(rows.get(0).get(1)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void unitPriceInCommaDecimalFeedsTheDerivedAmount() throws Exception {
        String content = "customer id;date;quantity;unit price\n"
                + "C1;2024-03-01;2;1.299,00\n"   // 2 x 1299.00 = 2598.00
                + "C2;2024-03-02;3;0,50\n";      // 3 x 0.50 = 1.50
        ImportResult r = importFile(text("derived.csv", content, StandardCharsets.UTF_8));
        assertThat(r.rowsImported()).isEqualTo(2);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(value(rows.get(0), 4)).isEqualByComparingTo("2598.00");
        assertThat(value(rows.get(1), 4)).isEqualByComparingTo("1.50");
    }

    @Test
    void frenchSpacesAsThousandsSeparators() throws Exception {
        String content = "Client;Date;Montant\n"
                + "C1;2024-03-01;1 234,50\n"            // ordinary space: 1234.50
                + "C2;2024-03-02;1\u00A0234,50\n"       // no-break space: 1234.50
                + "C3;2024-03-03;12\u202F345,60 €\n"    // narrow no-break space and euro sign: 12345.60
                + "C4;2024-03-04;0,99\n";               // 0.99
        ImportResult r = importFile(text("fr.csv", content, StandardCharsets.UTF_8),
                new ImportOptions().kind(DatasetKind.TRANSACTIONS).map("customer_id", "Client")
                        .map("date", "Date").map("amount", "Montant"));
        assertThat(r.rowsImported()).isEqualTo(4);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(value(rows.get(0), 2)).isEqualByComparingTo("1234.50");
        assertThat(value(rows.get(1), 2)).isEqualByComparingTo("1234.50");
        assertThat(value(rows.get(2), 2)).isEqualByComparingTo("12345.60");
        assertThat(value(rows.get(3), 2)).isEqualByComparingTo("0.99");
    }

    @Test
    void xlsxTextCellsWithDecimalComma() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("de.xlsx"), sheet("Umsatz",
                row("customer id", "date", "amount"),
                row("C1", LocalDate.of(2024, 3, 1), "12,50"),      // text cell: 12.50
                row("C2", LocalDate.of(2024, 3, 2), 7),            // numeric cell: 7, no separators to read
                row("C3", LocalDate.of(2024, 3, 3), "1.000,00"))); // text cell: 1000.00
        ImportResult r = importFile(f);
        assertThat(r.rowsImported()).isEqualTo(3);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(value(rows.get(0), 2)).isEqualByComparingTo("12.50");
        assertThat(value(rows.get(1), 2)).isEqualByComparingTo("7");
        assertThat(value(rows.get(2), 2)).isEqualByComparingTo("1000");
    }

    @Test
    void englishNumbersAreUnchanged() throws Exception {
        String content = "customer id,date,amount\n"
                + "C1,2024-03-01,\"1,234.50\"\n"   // 1234.50
                + "C2,2024-03-02,\"1,234\"\n"      // 1234: the comma groups thousands
                + "C3,2024-03-03,12.5\n";          // 12.5
        ImportResult r = importFile(text("en.csv", content, StandardCharsets.UTF_8));
        assertThat(r.rowsImported()).isEqualTo(3);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(value(rows.get(0), 2)).isEqualByComparingTo("1234.50");
        assertThat(value(rows.get(1), 2)).isEqualByComparingTo("1234");
        assertThat(value(rows.get(2), 2)).isEqualByComparingTo("12.5");
    }

    @Test
    void ambiguousColumnsKeepTheDefaultReading() throws Exception {
        // "1,234" and "2,500" read either way (1234 or 1.234); nothing says decimal comma, so the
        // comma groups thousands as it always did: 1234 and 2500 (an integer column)
        String content = "Kunde;Datum;Betrag;Punkte\n"
                + "K1;2024-03-01;1,234;1.234\n"
                + "K2;2024-03-02;2,500;2.500\n";
        ImportResult r = importFile(text("amb.csv", content, StandardCharsets.UTF_8), german());
        assertThat(r.rowsImported()).isEqualTo(2);
        DatasetInfo d = dataset(r.datasetId());
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(value(rows.get(0), 2)).isEqualByComparingTo("1234");
        assertThat(value(rows.get(1), 2)).isEqualByComparingTo("2500");
        // "1.234" and "2.500" read either way too; the point stays the decimal point: 1.234 and 2.5
        assertThat(d.columns().get(3).dataType()).isEqualTo(DataType.DECIMAL);
        assertThat(value(rows.get(0), 3)).isEqualByComparingTo("1.234");
        assertThat(value(rows.get(1), 3)).isEqualByComparingTo("2.5");
    }

    @Test
    void contradictoryColumnRejectsTheCellsThatDoNotFit() throws Exception {
        // "12.5" and "1,234.50" say point decimal, "12,50" says comma: the column keeps point
        // decimal and the "12,50" row is rejected rather than guessed
        String content = "Kunde;Datum;Betrag\n"
                + "K1;2024-03-01;12.5\n"
                + "K2;2024-03-02;1,234.50\n"
                + "K3;2024-03-03;12,50\n";
        ImportResult r = importFile(text("mixed.csv", content, StandardCharsets.UTF_8), german());
        assertThat(r.rowsImported()).isEqualTo(2);
        var rejected = repo.rejectedRows(r.datasetId(), 0, 10);
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).rowNumber()).isEqualTo(4);
        assertThat(rejected.get(0).column()).isEqualTo("Betrag");
        assertThat(rejected.get(0).reason()).isEqualTo("\"12,50\" is not a number");
    }

    @Test
    void anEnglishNumberAfterTheSampleIsRejectedWithTheColumnsFormat() throws Exception {
        // 1,100 rows of "12,50" decide the column (the sample is the first 1,000 data rows); a
        // "1,234.50" further down does not fit it and its row is rejected, naming the format
        StringBuilder b = new StringBuilder("Kunde;Datum;Betrag\n");
        for (int i = 0; i < 1100; i++) {
            b.append("K").append(i).append(";2024-03-01;12,50\n");
        }
        b.append("K9999;2024-03-02;1,234.50\n"); // line 1102 of the file
        ImportResult r = importFile(text("long.csv", b.toString(), StandardCharsets.UTF_8), german());
        assertThat(r.rowsImported()).isEqualTo(1100);
        var rejected = repo.rejectedRows(r.datasetId(), 0, 10);
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).rowNumber()).isEqualTo(1102);
        assertThat(rejected.get(0).reason())
                .isEqualTo("\"1,234.50\" is not a number in this column's format (decimal comma, as in 1.234,50)");
    }

    @Test
    void thePreviewReadsTheSameWay() throws Exception {
        String content = "Kunde;Datum;Betrag\nK1;2024-03-01;1.234,50\nK2;2024-03-02;12,00\n";
        ImportPreview p = Importer.preview(text("prev.csv", content, StandardCharsets.UTF_8), german(), 10);
        assertThat(p.problems()).isEmpty();
        assertThat(p.columns().get(2).dataType()).isEqualTo(DataType.DECIMAL);
        assertThat(p.columns().get(2).type().numberStyle()).isEqualTo(NumberStyle.COMMA_DECIMAL);
        assertThat(p.rows()).noneMatch(ImportPreview.Row::rejected);
        // the preview says how each amount is read: 1.234,50 is 1234.50, 12,00 is 12.00
        assertThat(p.rows().get(0).readAs(2)).isEqualTo("1234.50");
        assertThat(p.rows().get(1).readAs(2)).isEqualTo("12.00");
        assertThat(p.rows().get(0).readAs(0)).isNull(); // the customer id is read as written
    }
}
