package com.stratum.imports;

import com.stratum.imports.XlsxProducerShapesTest.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The byte-level .xlsx reader against hostile and edge-case input: values split across the
 * scanner's 64 KB buffer refills at every offset, oversized tags and texts, entity declarations,
 * out-of-range rows, columns and indexes, the numeric and text forms Excel accepts, and progress.
 * Every expected value is worked out by hand in the comment beside it.
 */
class XlsxReaderHardeningTest {

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- 1. buffer boundaries

    /**
     * The text {@code a&amp;b&#x4E2D;&#20013;中€😀\r\nc\rd<![CDATA[<e>&amp;]]]>f<![CDATA[x]]y]]>g} decodes to:
     * "a&b", U+4E2D three times (hex 4E2D = 20013 decimal, and the literal), "€😀", the CR LF and the lone
     * CR each one "\n", "d", the first CDATA's content "<e>&amp;]" (taken literally, its last ']' is content
     * because only the final "]]>" closes it), "f", the second CDATA's "x]]y" ("]]" not followed by '>'),
     * "g", then a comment and a processing instruction, which are not text but do not end it: "h", "i".
     */
    private static final String TRICKY_XML = "a&amp;b&#x4E2D;&#20013;中€😀\r\nc\rd<![CDATA[<e>&amp;]]]>f<![CDATA[x]]y]]>g"
            + "<!-- c>d - -->h<?pi a?>i";
    private static final String TRICKY_TEXT = "a&b中中中€😀\nc\nd<e>&amp;]fx]]yghi";

    /** The scanner alone, fed so that its first refill (64 KB) falls at every offset of the element. */
    @Test
    void scannerDecodesTheSameAtEveryRefillOffset() throws IOException {
        String element = "<a x=\"1&amp;2&#x4E2D;\" y='q>r' z=\"中\">" + TRICKY_XML + "</a>";
        int elementBytes = element.getBytes(StandardCharsets.UTF_8).length;
        for (int shift = 0; shift <= elementBytes + 2; shift++) {
            // "<root>" is 6 bytes; the padding puts the 65,536th byte 'shift' bytes before the element's end
            String pad = "p".repeat(65_536 - 6 - elementBytes + shift);
            byte[] doc = ("<root>" + pad + element + "</root>").getBytes(StandardCharsets.UTF_8);
            checkTrickyElement(new ByteArrayInputStream(doc), "shift " + shift);
        }
    }

    /** Reads of one to three bytes: every byte is a refill boundary, and every tag crosses one. */
    @Test
    void scannerDecodesTheSameWhenTheInputTrickles() throws IOException {
        String element = "<a x=\"1&amp;2&#x4E2D;\" y='q>r' z=\"中\">" + TRICKY_XML + "</a>";
        byte[] doc = ("<?xml version=\"1.0\"?><!-- c --><root>" + element + "</root>").getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= 3; chunk++) {
            checkTrickyElement(trickle(doc, chunk), "chunk " + chunk);
        }
    }

    private static void checkTrickyElement(InputStream in, String label) throws IOException {
        byte[] a = "a".getBytes(StandardCharsets.US_ASCII);
        try (XmlScanner x = new XmlScanner(in, "part.xml", 1 << 20)) {
            while (x.next() && !x.isStart(a)) {
                // up to <a>
            }
            assertThat(x.isStart(a)).as(label).isTrue();
            assertThat(x.attributeValue(x.attribute("x".getBytes()))).as(label).isEqualTo("1&2中");
            assertThat(x.attributeValue(x.attribute("y".getBytes()))).as(label).isEqualTo("q>r");
            assertThat(x.attributeValue(x.attribute("z".getBytes()))).as(label).isEqualTo("中");
            x.clearText();
            x.appendText();
            assertThat(x.text()).as(label).isEqualTo(TRICKY_TEXT);
            assertThat(x.next() && x.isEnd(a)).as(label).isTrue();
        }
    }

    /**
     * The same through a whole workbook: a padding cell in row 1, then in row 2 an inline string with the
     * tricky text (A2), a number (B2, with a '>' in a quoted attribute so the tag's end is found right), a
     * shared string (C2) and a boolean (D2). The padding moves row 2 across the sheet part's first 64 KB.
     */
    @Test
    void sheetValuesAreTheSameWhereverTheRefillFalls() throws IOException {
        String row2 = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + TRICKY_XML
                + "</t></is></c><c r=\"B2\" odd=\"x>y\"><v>-1.25E+2</v></c><c r=\"C2\" t=\"s\"><v>0</v></c>"
                + "<c r=\"D2\" t=\"b\"><v>1</v></c></row>";
        int rowBytes = row2.getBytes(StandardCharsets.UTF_8).length;
        String head = RawXlsx.worksheet("").replace("<sheetData></sheetData></worksheet>", "<sheetData>")
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";
        int headBytes = head.getBytes(StandardCharsets.UTF_8).length + "</t></is></c></row>".length();
        for (int shift = 0; shift <= rowBytes + 2; shift++) {
            String pad = "p".repeat(65_536 - headBytes - rowBytes + shift);
            String xml = head + pad + "</t></is></c></row>" + row2 + "</sheetData></worksheet>";
            Path f = RawXlsx.transitional().sharedStrings(RawXlsx.sst("<si><t>s&amp;s中</t></si>"))
                    .sheet("S", xml).write(dir.resolve("shift" + shift + ".xlsx"));
            Map<Long, List<Object>> rows = readAll(f);
            String label = "shift " + shift;
            assertThat(rows.keySet()).as(label).containsExactly(1L, 2L);
            assertThat(rows.get(1L).get(0)).as(label).isEqualTo(pad);
            List<Object> r = rows.get(2L);
            assertThat(r.get(0)).as(label).isEqualTo(TRICKY_TEXT);
            assertThat((BigDecimal) r.get(1)).as(label).isEqualByComparingTo("-125"); // -1.25 x 10^2
            assertThat(r.get(2)).as(label).isEqualTo("s&s中");
            assertThat(r.get(3)).as(label).isEqualTo(Boolean.TRUE);
            Files.delete(f);
        }
    }

    // ---------------------------------------------------------------- 2. hostile input

    @Test
    void aTagOfMegabytesWithoutItsEndIsRefused() throws IOException {
        Path f = stored(RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\" " + "x".repeat(3 << 20))).write(dir.resolve("longtag.xlsx")));
        assertRefused(f, "a tag longer than", "xl/worksheets/sheet1.xml", "byte ");
    }

    @Test
    void aCellTextOverTheLimitIsRefusedWhateverItIsWrittenWith() throws IOException {
        // the sheet reader allows 4 MB of text per cell (Excel's own limit is 32,767 characters)
        String big = "y".repeat(9 << 19); // 4.5 MB
        Path plain = stored(cellText("plain.xlsx", big));
        Path cdata = stored(cellText("cdata.xlsx", "<![CDATA[" + big + "]]>"));
        Path returns = stored(cellText("cr.xlsx", "\r".repeat(9 << 19)));
        for (Path f : List.of(plain, cdata, returns)) {
            assertRefused(f, "cell A1: a text longer than 4194304 bytes", "sheet \"S\", xl/worksheets/sheet1.xml");
        }
    }

    /** The scanner's text limit holds for every way text arrives: plain, entities, references, CDATA, line ends. */
    @Test
    void theTextLimitCountsDecodedEntitiesCdataAndLineEnds() {
        for (String text : List.of("z".repeat(101), "&amp;".repeat(101), "&#x4E2D;".repeat(34),
                "<![CDATA[" + "z".repeat(101) + "]]>", "\r\n".repeat(101), "\r".repeat(101))) {
            byte[] doc = ("<a>" + text + "</a>").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> {
                try (XmlScanner x = new XmlScanner(new ByteArrayInputStream(doc), "p.xml", 100)) {
                    x.next();
                    x.clearText();
                    x.appendText();
                }
            }).as(text.substring(0, 8)).isInstanceOf(IOException.class).hasMessageContaining("longer than 100 bytes");
        }
    }

    @Test
    void aSharedStringOverTheCellLimitIsRefused() throws IOException {
        Path f = stored(RawXlsx.transitional()
                .sharedStrings(RawXlsx.sst("<si><t>" + "w".repeat(9 << 19) + "</t></si>"))
                .sheet("S", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
                .write(dir.resolve("bigshared.xlsx")));
        assertRefused(f, "a text longer than 4194304 bytes", "sharedStrings.xml");
    }

    @Test
    void aLyingUniqueCountAllocatesNothingHuge() throws IOException {
        for (String count : List.of("2147483647", "99999999999", "-5", "x")) {
            Path f = RawXlsx.transitional()
                    .sharedStrings("<sst xmlns=\"" + RawXlsx.MAIN + "\" count=\"" + count + "\" uniqueCount=\"" + count
                            + "\"><si><t>one</t></si><si><t>two</t></si></sst>")
                    .sheet("S", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>"))
                    .write(dir.resolve("count.xlsx"));
            assertThat(readAll(f).get(1L)).as(count).containsExactly("two");
        }
    }

    /** Entities declared in a DOCTYPE are not expanded: a reference to one is an error, not text. */
    @Test
    void declaredEntitiesAreNotExpanded() throws IOException {
        String doctype = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>";
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet("").replace("<worksheet", doctype + "<worksheet")
                .replace("<sheetData></sheetData>", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t>"
                        + "</is></c></row></sheetData>")).write(dir.resolve("entities.xlsx"));
        assertRefused(f, "an unknown entity &b;");
    }

    /**
     * A quoted "]>" inside the DOCTYPE's internal subset does not end it, nor does a comment's apostrophe
     * start a quote: the markup in the entity's value
     * (a fake row 7) must not be read as the sheet. The real sheet has row 1 "real".
     */
    @Test
    void aDoctypeEndsAtItsOwnEndNotAtAQuotedBracket() throws IOException {
        String doctype = "<!DOCTYPE worksheet [<!-- it's a ] comment --><!ENTITY q \"]><sheetData><row r='7'>"
                + "<c t='inlineStr'><is><t>fake</t></is></c></row></sheetData>\">]>";
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet("").replace("<worksheet", doctype + "<worksheet")
                .replace("<sheetData></sheetData>", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>real</t>"
                        + "</is></c></row></sheetData>")).write(dir.resolve("doctype.xlsx"));
        Map<Long, List<Object>> rows = readAll(f);
        assertThat(rows.keySet()).containsExactly(1L);
        assertThat(rows.get(1L)).containsExactly("real");
    }

    /** Skipped markup: a CDATA section outside wanted text ends at its "]]>", even after a ']' of content. */
    @Test
    void aSkippedCdataEndsAtItsEnd() throws IOException {
        // the formula's CDATA holds "A1&\"]\"" + "]": its end is the last three bytes "]]>"
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"str\"><f><![CDATA[A1&\"]\"]]]></f><v>x]</v></c>"
                        + "<c r=\"B1\"><v>2</v></c></row><row r=\"2\"><c r=\"A2\"><v>3</v></c></row>"))
                .write(dir.resolve("fcdata.xlsx"));
        Map<Long, List<Object>> rows = readAll(f);
        assertThat(rows.keySet()).containsExactly(1L, 2L);
        assertThat(rows.get(1L).get(0)).isEqualTo("x]");
        assertThat((BigDecimal) rows.get(1L).get(1)).isEqualByComparingTo("2");
        assertThat((BigDecimal) rows.get(2L).get(0)).isEqualByComparingTo("3");
    }

    @Test
    void deeplyNestedUnknownElementsInACellAreSkipped() throws IOException {
        int depth = 200_000;
        Path f = stored(RawXlsx.transitional().sheet("S", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\">"
                + "<x:ext>".repeat(depth) + "</x:ext>".repeat(depth) + "<v>5</v></c></row>"))
                .write(dir.resolve("nested.xlsx")));
        assertThat((BigDecimal) readAll(f).get(1L).get(0)).isEqualByComparingTo("5");
    }

    @Test
    void cellReferencesOutsideTheSheetAreRefused() throws IOException {
        // XFD is column 16,384 (24x676 + 6x26 + 4), the last one; ZZZZ has four letters; row 0 does not exist,
        // nor does row 1,048,577; "7" has no column at all
        for (String ref : List.of("ZZZZ1", "XFE1", "A0", "A1048577", "7", "A-1", "A1x")) {
            Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                    "<row r=\"1\"><c r=\"" + ref + "\"><v>1</v></c></row>")).write(dir.resolve("ref.xlsx"));
            assertRefused(f, "xl/worksheets/sheet1.xml", "r=\"" + ref + "\"");
        }
        // the last cell of a sheet is fine: XFD1048576
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>")).write(dir.resolve("last.xlsx"));
        List<Object> last = readAll(f).get(1_048_576L);
        assertThat(last).hasSize(16_384);
        assertThat((BigDecimal) last.get(16_383)).isEqualByComparingTo("1");
    }

    @Test
    void rowNumbersOutsideTheSheetAreRefused() throws IOException {
        for (String r : List.of("0", "-1", "1048577", "99999999999", "x")) {
            Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                    "<row r=\"" + r + "\"><c><v>1</v></c></row>")).write(dir.resolve("row.xlsx"));
            assertRefused(f, "a row number outside 1..1048576", "r=\"" + r + "\"", "xl/worksheets/sheet1.xml");
        }
    }

    @Test
    void aSharedStringIndexOutOfRangeIsRefused() throws IOException {
        for (String v : List.of("2", "-1", "4294967296", "", "1.0")) {
            Path f = RawXlsx.transitional().sharedStrings(RawXlsx.sst("<si><t>a</t></si>", "<si><t>b</t></si>"))
                    .sheet("S", RawXlsx.worksheet("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>" + v + "</v></c></row>"))
                    .write(dir.resolve("sst.xlsx"));
            assertRefused(f, "cell B1: a shared string that does not exist", "sheet \"S\", xl/worksheets/sheet1.xml");
        }
    }

    // ---------------------------------------------------------------- 3. values as Excel reads them

    @Test
    void numbersInEveryFormTheSchemaAllows() throws IOException {
        // xsd:double text: signs, a missing integer or fraction part, lowercase exponents
        String[][] cases = {{"-0", "0"}, {".5", "0.5"}, {"5.", "5"}, {"1e3", "1000"}, {"+7", "7"},
                {"-1.5E-3", "-0.0015"}, {" 42 ", "42"}, {"007", "7"}};
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        for (String[] c : cases) {
            row.append("<c><v>").append(c[0]).append("</v></c>");
        }
        // empty and blank values are empty cells; the marker after them keeps the row
        row.append("<c t=\"n\"><v/></c><c><v> </v></c><c t=\"n\"><v></v></c><c><v>9</v></c></row>");
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(row.toString())).write(dir.resolve("n.xlsx"));
        List<Object> r = readAll(f).get(1L);
        for (int i = 0; i < cases.length; i++) {
            assertThat(r.get(i)).as(cases[i][0]).isInstanceOf(BigDecimal.class);
            assertThat((BigDecimal) r.get(i)).as(cases[i][0]).isEqualByComparingTo(cases[i][1]);
        }
        assertThat(r.subList(cases.length, cases.length + 3)).containsOnlyNulls();
        assertThat((BigDecimal) r.get(cases.length + 3)).isEqualByComparingTo("9");
    }

    /**
     * Excel's numbers are doubles: below 4.9E-324 a value reads as 0, beyond 1.7976931348623157E308 Excel
     * shows #NUM!. Exponents of a billion must not become strings or BigIntegers of a billion digits (they
     * ran out of memory, or threw a raw ArithmeticException out of the import).
     */
    @Test
    void exponentsBeyondTheRangeOfADouble() throws IOException {
        String[] values = {"1e-999999999", "-1E-400", "1e999999999", "-1.5E+309", "12345678901234567890e999999999",
                "1.7976931348623157E308", "4.9E-324", "1" + "0".repeat(500), "1234567890123456789012345E+290"};
        StringBuilder row = new StringBuilder("<row r=\"2\"><c t=\"inlineStr\"><is><t>C1</t></is></c>");
        for (String v : values) {
            row.append("<c><v>").append(v).append("</v></c>");
        }
        String header = "<row r=\"1\"><c t=\"inlineStr\"><is><t>Customer ID</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>Amount</t></is></c></row>";
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(header + row + "</row>")).write(dir.resolve("e.xlsx"));
        List<Object> r = readAll(f).get(2L);
        assertThat((BigDecimal) r.get(1)).isEqualByComparingTo("0");
        assertThat((BigDecimal) r.get(2)).isEqualByComparingTo("0");
        assertThat(r.get(3)).isEqualTo(new CellError("#NUM!"));
        assertThat(r.get(4)).isEqualTo(new CellError("#NUM!"));
        assertThat(r.get(5)).isEqualTo(new CellError("#NUM!"));
        assertThat((BigDecimal) r.get(6)).isEqualByComparingTo("1.79769313486232E308"); // the largest double, 15 digits
        assertThat((BigDecimal) r.get(7)).isEqualByComparingTo("4.9E-324"); // the smallest double is kept
        assertThat(r.get(8)).isEqualTo("1" + "0".repeat(500)); // 501 characters: not a number Excel writes
        assertThat(r.get(9)).isEqualTo(new CellError("#NUM!")); // 1.23 x 10^314: a small exponent, many digits
        // and the whole import path copes: the preview reads the row without an exception
        assertThat(Importer.preview(f, new ImportOptions(), 10).rows()).isNotEmpty();
    }

    @Test
    void booleansFormulaStringsAndInlineText() throws IOException {
        Path f = RawXlsx.transitional().sharedStrings(RawXlsx.sst("<si><t xml:space=\"preserve\">   </t></si>"))
                .sheet("S", RawXlsx.worksheet("<row r=\"1\">"
                        + "<c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c><c t=\"b\"><v>TRUE</v></c><c t=\"b\"><v>true</v></c>"
                        + "<c t=\"str\"><f>A1&amp;\"\"</f><v></v></c>" // E: cached empty string
                        + "<c t=\"str\"><f>1/0</f><v>#DIV/0!</v></c>" // F: cached error
                        + "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">  two  spaces  </t></is></c>" // G
                        + "<c t=\"s\"><v>0</v></c>" // H: blank shared string
                        + "<c t=\"inlineStr\"><v>in v</v></c>" // I: inline string written in <v>, as POI reads it
                        + "<c t=\"str\"><v>plain</v></c></row>")) // J
                .write(dir.resolve("t.xlsx"));
        List<Object> r = readAll(f).get(1L);
        assertThat(r.subList(0, 4)).containsExactly(true, false, true, true);
        assertThat(r.get(4)).isNull();
        assertThat(r.get(5)).isEqualTo(new CellError("#DIV/0!"));
        assertThat(r.get(6)).isEqualTo("  two  spaces  ");
        assertThat(r.get(7)).isNull();
        assertThat(r.get(8)).isEqualTo("in v");
        assertThat(r.get(9)).isEqualTo("plain");
    }

    /** s="99" points past cellXfs (4 entries in {@link RawXlsx#dateStyles}): a plain number, as Excel shows it. */
    @Test
    void aStyleIndexPastCellXfsIsNotADate() throws IOException {
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c s=\"99\"><v>45322</v></c><c s=\"1\"><v>45322</v></c><c s=\"x\"><v>45322</v></c></row>"))
                .write(dir.resolve("s.xlsx"));
        List<Object> r = readAll(f).get(1L);
        assertThat((BigDecimal) r.get(0)).isEqualByComparingTo("45322");
        assertThat(r.get(1)).isEqualTo(LocalDateTime.of(2024, 1, 31, 0, 0)); // see XlsxProducerShapesTest
        assertThat((BigDecimal) r.get(2)).isEqualByComparingTo("45322");
    }

    /**
     * Cell style 1 uses custom format 164 = yyyy-mm-dd from {@code <numFmts>}; a conditional format's
     * differential style (in {@code <dxfs>}, after cellXfs) declares its own numFmt with the same id 164 =
     * 0.00. The cell's format is the numFmts one, so serial 45322 is 2024-01-31.
     */
    @Test
    void aConditionalFormatsNumberFormatDoesNotReplaceTheCellsOne() throws IOException {
        String styles = "<styleSheet xmlns=\"" + RawXlsx.MAIN + "\"><numFmts count=\"1\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>"
                + "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></dxf></dxfs></styleSheet>";
        Path f = RawXlsx.transitional().styles(styles).sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c s=\"1\"><v>45322</v></c></row>")).write(dir.resolve("dxf.xlsx"));
        assertThat(readAll(f).get(1L).get(0)).isEqualTo(LocalDateTime.of(2024, 1, 31, 0, 0));
    }

    @Test
    void customFormatsThatShowDates() {
        assertThat(ExcelDates.isDateFormat(164, "[$-409]m/d/yy h:mm AM/PM;@")).isTrue(); // locale tag, then m/d/yy
        assertThat(ExcelDates.isDateFormat(165, "\"Date: \"yyyy-mm-dd")).isTrue(); // quoted text, then a date
        assertThat(ExcelDates.isDateFormat(166, "[Red]yyyy-mm-dd")).isTrue();
        assertThat(ExcelDates.isDateFormat(167, "[h]:mm:ss")).isTrue(); // elapsed time: a serial, as POI says
        assertThat(ExcelDates.isDateFormat(168, "[Red]0.00")).isFalse(); // a colour, no date letters
        assertThat(ExcelDates.isDateFormat(169, "#,##0 \"days\"")).isFalse(); // 'd', 'a', 'y', 's' only quoted
        assertThat(ExcelDates.isDateFormat(170, "0.00E+00")).isFalse();
        assertThat(ExcelDates.isDateFormat(171, "[Blue]#,##0;[Red]-#,##0")).isFalse();
        assertThat(ExcelDates.isDateFormat(172, "0.0 \\m")).isFalse(); // an escaped 'm' is a literal
        assertThat(ExcelDates.isDateFormat(173, "@")).isFalse();
    }

    // ---------------------------------------------------------------- 4. progress

    /**
     * Progress stays in [0, 1] and never goes back while reading, and it is 1.0 once the reader has
     * returned its last row, even with 300 KB of merged-cell entries after the rows that it never reads.
     */
    @Test
    void progressStaysInRangeAndEndsAtOne() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            rows.append("<row r=\"").append(i).append("\"><c><v>").append(i).append("</v></c></row>");
        }
        StringBuilder merges = new StringBuilder("<mergeCells count=\"10000\">");
        for (int i = 0; i < 10_000; i++) {
            merges.append("<mergeCell ref=\"C").append(i + 1).append(":D").append(i + 1).append("\"/>");
        }
        merges.append("</mergeCells>");
        String xml = RawXlsx.worksheet(rows.toString()).replace("</worksheet>", merges + "</worksheet>");
        Path f = RawXlsx.transitional().sheet("S", xml).write(dir.resolve("p.xlsx"));
        try (SpreadsheetSource src = SpreadsheetSources.open(f, null); SheetReader r = src.openSheet("S")) {
            double last = 0;
            assertThat(r.progress()).isBetween(0.0, 1.0);
            int n = 0;
            while (r.next()) {
                n++;
                double p = r.progress();
                assertThat(p).isBetween(last, 1.0);
                last = p;
            }
            assertThat(n).isEqualTo(2_000);
            assertThat(r.progress()).isEqualTo(1.0);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Path cellText(String name, String tContent) throws IOException {
        return RawXlsx.transitional().sheet("S", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + tContent + "</t></is></c></row>")).write(dir.resolve(name));
    }

    /** A copy of the package with every entry stored, not deflated, so the zip guard's ratio rule lets it in. */
    private Path stored(Path f) throws IOException {
        Path out = dir.resolve("stored-" + f.getFileName());
        try (ZipFile in = new ZipFile(f.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] data;
                try (InputStream s = in.getInputStream(e)) {
                    data = s.readAllBytes();
                }
                ZipEntry s = new ZipEntry(e.getName());
                s.setMethod(ZipEntry.STORED);
                s.setSize(data.length);
                s.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                s.setCrc(crc.getValue());
                z.putNextEntry(s);
                z.write(data);
            }
        }
        return out;
    }

    /** The import's own error path: an {@link ImportException} naming the file, with the given details. */
    private static void assertRefused(Path f, String... parts) {
        assertThatThrownBy(() -> Importer.preview(f, new ImportOptions(), 10))
                .as(f.getFileName().toString())
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(f.getFileName().toString())
                .satisfies(e -> {
                    for (String p : parts) {
                        assertThat(e.getMessage()).contains(p);
                    }
                });
    }

    private static Map<Long, List<Object>> readAll(Path f) throws IOException {
        try (SpreadsheetSource src = SpreadsheetSources.open(f, null); SheetReader r = src.openSheet("S")) {
            Map<Long, List<Object>> rows = new LinkedHashMap<>();
            while (r.next()) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < r.cellCount(); i++) {
                    cells.add(r.cell(i));
                }
                rows.put(r.rowNumber(), cells);
            }
            return rows;
        }
    }

    private static InputStream trickle(byte[] doc, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(doc)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }
}
