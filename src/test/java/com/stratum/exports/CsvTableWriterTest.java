package com.stratum.exports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesUtf8BomCrlfAndRfc4180Quoting() throws Exception {
        Path file = dir.resolve("out.csv");
        try (CsvTableWriter w = new CsvTableWriter(file)) {
            w.startTable("t", List.of("id", "name", "amount", "day", "note"));
            w.writeRow("C1", "王小明", new BigDecimal("1234567.89"), LocalDate.of(2025, 6, 30), "says \"hi\", ok");
            w.writeRow("C2", null, new BigDecimal("0.10"), null, "two\nlines");
        }
        byte[] bytes = Files.readAllBytes(file);
        // the UTF-8 byte order mark EF BB BF comes first
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        // expected text written out by hand from RFC 4180: quotes doubled, fields with , " or LF quoted
        assertThat(text).isEqualTo(
                "id,name,amount,day,note\r\n"
                        + "C1,王小明,1234567.89,2025-06-30,\"says \"\"hi\"\", ok\"\r\n"
                        + "C2,,0.10,,\"two\nlines\"\r\n");
        List<List<String>> rows = parse(text);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("C1", "王小明", "1234567.89", "2025-06-30", "says \"hi\", ok");
        assertThat(rows.get(2)).containsExactly("C2", "", "0.10", "", "two\nlines");
    }

    @Test
    void neutralisesEveryDangerousPrefixButLeavesNumbersAlone() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvTableWriter w = new CsvTableWriter(bytes, StandardCharsets.UTF_8, false, CsvTableWriter.LF)) {
            w.startTable("t", List.of("v"));
            for (String s : new String[] {"=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\ry", "a=b"}) {
                w.writeRow(s);
            }
            w.writeRow(-5L);
            w.writeRow(new BigDecimal("-12.50"));
            w.writeRow(-0.25d);
        }
        List<List<String>> rows = parse(bytes.toString(StandardCharsets.UTF_8));
        List<String> values = rows.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(values).containsExactly("'=1+2", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\ry", "a=b",
                "-5", "-12.50", "-0.25");
        // LF consistently: no CR outside the quoted "'\ry" field
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "v\n'=1+2\n'+1\n'-2\n'@SUM(A1)\n'\tx\n\"'\ry\"\na=b\n-5\n-12.50\n-0.25\n");
    }

    @Test
    void writesValuesOfEveryTypeAsPlainText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvTableWriter w = new CsvTableWriter(bytes, StandardCharsets.UTF_8, false, CsvTableWriter.LF)) {
            w.startTable("t", List.of("a", "b", "c", "d", "e", "f", "g"));
            w.writeRow(new BigDecimal("1E+3"), 0.1 + 0.2, 1e20, 42, LocalDateTime.of(2025, 1, 2, 3, 4, 5), true,
                    new Percent(0.125));
        }
        // 1E+3 plain is 1000; 0.1+0.2 is the double 0.30000000000000004 (written as the double is, not hidden);
        // 1e20 is integral and large: plain digits, no exponent
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "a,b,c,d,e,f,g\n1000,0.30000000000000004,100000000000000000000,42,2025-01-02 03:04:05,true,0.125\n");
    }

    @Test
    void gbkWithoutBom() throws Exception {
        Charset gbk = Charset.forName("GBK");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvTableWriter w = new CsvTableWriter(bytes, gbk, false, CsvTableWriter.CRLF)) {
            w.startTable("t", List.of("客户ID", "金额"));
            w.writeRow("C1", new BigDecimal("9.90"));
        }
        byte[] b = bytes.toByteArray();
        // 客 in GBK is BF CD (two bytes, no BOM)
        assertThat(b[0] & 0xff).isEqualTo(0xBF);
        assertThat(b[1] & 0xff).isEqualTo(0xCD);
        assertThat(new String(b, gbk)).isEqualTo("客户ID,金额\r\nC1,9.90\r\n");
        assertThatThrownBy(() -> new CsvTableWriter(new ByteArrayOutputStream(), gbk, true, "\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneTablePerFileAndRowsMatchTheHeader() throws Exception {
        try (CsvTableWriter w = new CsvTableWriter(dir.resolve("x.csv"))) {
            assertThatThrownBy(() -> w.writeRow("a")).isInstanceOf(IllegalStateException.class);
            w.startTable("t", List.of("a", "b"));
            assertThatThrownBy(() -> w.writeRow("a")).hasMessageContaining("1 cells").hasMessageContaining("2");
            assertThatThrownBy(() -> w.startTable("u", List.of("a"))).isInstanceOf(IllegalStateException.class);
        }
    }

    static List<List<String>> parse(String text) {
        return TestCsv.parse(text);
    }
}
