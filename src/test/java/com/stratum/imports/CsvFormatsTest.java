package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV encodings and delimiters; values checked against what the file says. */
class CsvFormatsTest extends ImportTestSupport {

    private static final String SMALL = "customer id,order id,date,amount\nC1,O1,2024-01-31,10.50\nC2,O2,2024-02-01,3\n";

    private void assertSmall(ImportResult r) {
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(r.kind()).isEqualTo(DatasetKind.TRANSACTIONS);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(rows.get(0)).containsExactly("C1", "O1", LocalDate.of(2024, 1, 31), new BigDecimal("10.5"));
        assertThat(rows.get(1)).containsExactly("C2", "O2", LocalDate.of(2024, 2, 1), new BigDecimal("3"));
    }

    @Test
    void utf8WithoutBom() throws Exception {
        assertSmall(importFile(text("plain.csv", SMALL, StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBom() throws Exception {
        Path f = bytes("bom.csv", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SMALL.getBytes(StandardCharsets.UTF_8));
        ImportResult r = importFile(f);
        assertSmall(r);
        // the BOM must not stick to the first header, or the customer id role would be lost
        assertThat(dataset(r.datasetId()).columns().get(0).header()).isEqualTo("customer id");
    }

    @Test
    void utf16WithBom() throws Exception {
        // Java's "UTF-16" encoder writes a big-endian BOM first
        assertSmall(importFile(text("u16.csv", SMALL, StandardCharsets.UTF_16)));
        Path le = bytes("u16le.csv", new byte[]{(byte) 0xFF, (byte) 0xFE}, SMALL.getBytes(StandardCharsets.UTF_16LE));
        assertSmall(importFile(le));
    }

    @Test
    void gbkWithChineseHeadersIsDetected() throws Exception {
        // the full-width ￥ is what GBK can hold (the half-width ¥ U+00A5 is not in GBK)
        String content = "客户ID,订单号,日期,金额\n张三01,D001,2024年1月31日,\"￥1,280.00\"\n李四02,D002,2024年2月1日,88\n";
        Path f = text("gbk.csv", content, Charset.forName("GBK"));
        ImportResult r = importFile(f);
        assertThat(r.rowsImported()).isEqualTo(2);
        DatasetInfo d = dataset(r.datasetId());
        assertThat(d.columns()).extracting(c -> c.header()).containsExactly("客户ID", "订单号", "日期", "金额");
        assertThat(d.columns()).extracting(c -> c.role()).containsExactly(ColumnRole.CUSTOMER_ID, ColumnRole.ORDER_ID,
                ColumnRole.DATE, ColumnRole.AMOUNT);
        assertThat(rows(r.datasetId()).get(0)).containsExactly("张三01", "D001", LocalDate.of(2024, 1, 31),
                new BigDecimal("1280"));
        assertThat(r.customers()).isEqualTo(2);
    }

    @Test
    void encodingCanBeOverridden() throws Exception {
        // GBK bytes read as if the user said GBK explicitly
        Path f = text("gbk2.csv", "客户ID,日期,金额\nA,2024-01-01,1\n", Charset.forName("GBK"));
        ImportResult r = importFile(f, new ImportOptions().encoding("GBK"));
        assertThat(dataset(r.datasetId()).columns().get(0).header()).isEqualTo("客户ID");
    }

    @Test
    void semicolonTabAndPipeDelimiters() throws Exception {
        assertSmall(importFile(text("semi.csv", SMALL.replace(',', ';'), StandardCharsets.UTF_8)));
        assertSmall(importFile(text("tabs.tsv", SMALL.replace(',', '\t'), StandardCharsets.UTF_8)));
        assertSmall(importFile(text("pipes.txt", SMALL.replace(',', '|'), StandardCharsets.UTF_8)));
    }

    @Test
    void quotedFieldsWithDelimitersQuotesAndLineBreaks() throws Exception {
        String content = "customer id,date,amount,note\r\n"
                + "C1,2024-01-31,\"1,234.50\",\"said \"\"hi\"\"\"\r\n"
                + "C2,2024-02-01,5,\"two\nlines\"\r\n"
                + "C3,2024-02-02,6,plain\r\n";
        ImportResult r = importFile(text("q.csv", content, StandardCharsets.UTF_8));
        assertThat(r.rowsImported()).isEqualTo(3);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(rows.get(0).get(2)).isEqualTo(new BigDecimal("1234.5"));
        assertThat(rows.get(0).get(3)).isEqualTo("said \"hi\"");
        assertThat(rows.get(1).get(3)).isEqualTo("two\nlines");
        // row numbers count records: C3 is the fourth record even though C2 spans two lines
        assertThat(page(r.datasetId()).sourceRows()).containsExactly(2L, 3L, 4L);
    }

    @Test
    void typesAreInferredPerColumn() throws Exception {
        String content = "customer id,date,amount,visits,vip,joined,when,share,city\n"
                + "C1,2024-01-31,\"$1,200.00\",3,yes,31.01.2023,2024-01-31 08:30,12.5%,Paris\n"
                + "C2,2024-02-01,(15.25),4,no,01.02.2023,2024-02-01 17:45:10,50%,Lyon\n";
        ImportResult r = importFile(text("types.csv", content, StandardCharsets.UTF_8));
        DatasetInfo d = dataset(r.datasetId());
        assertThat(d.columns()).extracting(c -> c.dataType()).containsExactly(DataType.TEXT, DataType.DATE,
                DataType.DECIMAL, DataType.INTEGER, DataType.BOOLEAN, DataType.DATE, DataType.TIMESTAMP,
                DataType.DECIMAL, DataType.TEXT);
        assertThat(rows(r.datasetId()).get(1)).containsExactly("C2", LocalDate.of(2024, 2, 1),
                new BigDecimal("-15.25"), 4L, false, LocalDate.of(2023, 2, 1), LocalDateTime.of(2024, 2, 1, 17, 45, 10),
                new BigDecimal("0.5"), "Lyon");
    }

    @Test
    void dayMonthOrderIsInferredFromTheColumn() throws Exception {
        // 13/01/2024 can only be day first, so 02/03/2024 in the same column is 2 March
        String dayFirst = "customer id,date,amount\nC1,13/01/2024,1\nC2,02/03/2024,2\n";
        ImportResult r = importFile(text("dmy.csv", dayFirst, StandardCharsets.UTF_8));
        assertThat(rows(r.datasetId())).extracting(x -> x.get(1))
                .containsExactly(LocalDate.of(2024, 1, 13), LocalDate.of(2024, 3, 2));
        // 01/31/2024 can only be month first, so 02/03/2024 is 3 February
        String monthFirst = "customer id,date,amount\nC1,01/31/2024,1\nC2,02/03/2024,2\n";
        ImportResult m = importFile(text("mdy.csv", monthFirst, StandardCharsets.UTF_8));
        assertThat(rows(m.datasetId())).extracting(x -> x.get(1))
                .containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 3));
    }

    @Test
    void badCellsRejectTheirRowWithRowColumnAndReason() throws Exception {
        String content = "customer id,date,amount\nC1,2024-01-31,10\nC2,2024-02-01,ten\nC3,2024-02-02,7\nC4,,5\n";
        ImportResult r = importFile(text("bad.csv", content, StandardCharsets.UTF_8));
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(r.rowsRejected()).isEqualTo(2);
        var rejected = repo.rejectedRows(r.datasetId(), 0, 10);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).rowNumber()).isEqualTo(3);
        assertThat(rejected.get(0).column()).isEqualTo("amount");
        assertThat(rejected.get(0).reason()).contains("\"ten\" is not a number");
        assertThat(rejected.get(0).rawValues()).isEqualTo("[\"C2\",\"2024-02-01\",\"ten\"]");
        assertThat(rejected.get(1).rowNumber()).isEqualTo(5);
        assertThat(rejected.get(1).column()).isEqualTo("date");
        assertThat(rejected.get(1).reason()).contains("date is empty");
    }
}
