package com.stratum.imports;

import com.stratum.workspace.DataType;
import com.stratum.workspace.RowPage;
import com.stratum.workspace.DatasetKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * .xlsx reading against workbooks whose XML is written by hand, in the shapes real producers emit
 * (Excel, the .NET Open XML SDK, streaming writers that omit attributes, Strict OOXML). The files
 * are raw zips, not POI output, so the reader is checked against the format, not against one
 * writer. Only the format-neutral API is used ({@link SpreadsheetSources}, {@link SheetReader},
 * {@link Importer}), so these tests hold whatever parses the sheet XML.
 *
 * <p>Serial dates used below, worked out by hand: in the 1900 system serial 1 is 1900-01-01 and
 * Excel counts a phantom 1900-02-29 (serial 60), so from serial 61 on a serial is a day count from
 * 1899-12-30. 2024-01-01 is serial 45292 (1900-01-01 to 2024-01-01 is 124 years of 365 days = 45260
 * plus the 30 leap days 1904..2020 = 45290; 1899-12-30 is 2 days earlier), so 2024-01-31 is 45322.
 * The 1904 system counts from 1904-01-01 = serial 0, which is serial 1462 in the 1900 system
 * (serial 1 + 4 x 365 days for 1900..1903 + the phantom day), so 2024-01-31 is 45322 - 1462 = 43860.
 */
class XlsxProducerShapesTest extends ImportTestSupport {

    private static final LocalDateTime JAN_31 = LocalDateTime.of(2024, 1, 31, 0, 0);

    // ---------------------------------------------------------------- 1. namespace prefixes

    /** The .NET Open XML SDK writes every SpreadsheetML element with an {@code x:} prefix. */
    @Test
    void namespacePrefixedElementsAsTheOpenXmlSdkWritesThem() throws Exception {
        String x = "xmlns:x=\"" + RawXlsx.MAIN + "\"";
        Path f = RawXlsx.transitional()
                .part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><x:workbook " + x
                        + " xmlns:r=\"" + RawXlsx.REL + "\"><x:sheets>"
                        + "<x:sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>")
                .sheet("Data", "<?xml version=\"1.0\" encoding=\"utf-8\"?><x:worksheet " + x + "><x:sheetData>"
                        + "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
                        + "<x:c r=\"B1\"><x:v>12.5</x:v></x:c></x:row>"
                        + "<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>1</x:v></x:c>"
                        + "<x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>inline</x:t></x:is></x:c>"
                        + "<x:c r=\"C2\" t=\"b\"><x:v>1</x:v></x:c>"
                        + "<x:c r=\"D2\" s=\"1\"><x:v>45322</x:v></x:c></x:row>"
                        + "</x:sheetData></x:worksheet>")
                .sharedStrings("<x:sst " + x + " count=\"2\" uniqueCount=\"2\">"
                        + "<x:si><x:t>Customer ID</x:t></x:si><x:si><x:t>北京</x:t></x:si></x:sst>")
                .styles("<x:styleSheet " + x + "><x:cellXfs count=\"2\"><x:xf numFmtId=\"0\"/>"
                        + "<x:xf numFmtId=\"14\" applyNumberFormat=\"1\"/></x:cellXfs></x:styleSheet>")
                .write(dir.resolve("sdk.xlsx"));
        Sheet s = read(f, "Data");
        assertThat(s.names).containsExactly("Data");
        assertThat(s.rowNumbers()).containsExactly(1L, 2L);
        assertThat(s.at("A1")).isEqualTo("Customer ID"); // shared string 0
        assertThat((BigDecimal) s.at("B1")).isEqualByComparingTo("12.5");
        assertThat(s.at("A2")).isEqualTo("北京"); // shared string 1
        assertThat(s.at("B2")).isEqualTo("inline");
        assertThat(s.at("C2")).isEqualTo(Boolean.TRUE);
        assertThat(s.at("D2")).isEqualTo(JAN_31); // style 1 = numFmtId 14 (m/d/yyyy), serial 45322
    }

    // ---------------------------------------------------------------- 2. inline strings

    @Test
    void inlineStringsPlainAndRich() throws Exception {
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Zoë &amp; Co</t></is></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><r><t>ab</t></r><r><rPr><b/></rPr><t>c</t></r></is></c>"
                        + "<c r=\"D2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> x y </t></is></c></row>"))
                .write(dir.resolve("inline.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.rowNumbers()).containsExactly(2L);
        assertThat(s.at("A2")).isNull();
        assertThat(s.at("B2")).isEqualTo("Zoë & Co"); // &amp; is one '&'
        assertThat(s.at("C2")).isEqualTo("abc"); // the runs "ab" + "c"; the bold run property adds no text
        assertThat(s.at("D2")).isEqualTo(" x y ");
    }

    // ---------------------------------------------------------------- 3. shared strings

    /** Japanese Excel stores the reading of a name (furigana) beside it; it is not part of the value. */
    @Test
    void sharedStringsWithRichRunsAndPhoneticRuns() throws Exception {
        Path f = RawXlsx.transitional()
                .sharedStrings(RawXlsx.sst(
                        "<si><r><t>東京</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>",
                        "<si><t>大阪</t><rPh sb=\"0\" eb=\"2\"><t>オオサカ</t></rPh><phoneticPr fontId=\"1\"/></si>",
                        "<si><r><rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr><t>Bold</t></r>"
                                + "<r><t xml:space=\"preserve\"> tail</t></r></si>"))
                .sheet("S", RawXlsx.worksheet("<row r=\"1\">" + sharedCells(1, 3) + "</row>"))
                .write(dir.resolve("phonetic.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("A1")).isEqualTo("東京"); // the phonetic run トウキョウ is left out
        assertThat(s.at("B1")).isEqualTo("大阪");
        assertThat(s.at("C1")).isEqualTo("Bold tail"); // "Bold" + " tail", space preserved
    }

    @Test
    void sharedStringsKeepPreservedSpacesAndChineseText() throws Exception {
        Path f = RawXlsx.transitional()
                .sharedStrings(RawXlsx.sst(
                        "<si><t xml:space=\"preserve\">  lead</t></si>",
                        "<si><t>上海市浦东新区 客户</t></si>",
                        "<si><t>销售 &amp; 退货</t></si>"))
                .sheet("S", RawXlsx.worksheet("<row r=\"1\">" + sharedCells(1, 3) + "</row>"))
                .write(dir.resolve("sst.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("A1")).isEqualTo("  lead"); // two leading spaces kept
        assertThat(s.at("B1")).isEqualTo("上海市浦东新区 客户");
        assertThat(s.at("C1")).isEqualTo("销售 & 退货");
    }

    /**
     * XML turns a carriage return into a line feed, so Excel writes it as {@code _x000D_} (and a
     * literal "_x000D_" typed by a user as {@code _x005F_x000D_}, _x005F_ being '_'). POI decodes
     * both the same way: "line1\r\nline2" and "_x000D_".
     */
    @Test
    void sharedStringEscapedCarriageReturnIsDecoded() throws Exception {
        // failed with the fastexcel reader: returns the raw "line1_x000D_\nline2" (no _xHHHH_ decoding)
        Path f = RawXlsx.transitional()
                .sharedStrings(RawXlsx.sst(
                        "<si><t>line1_x000D_\nline2</t></si>",
                        "<si><t>_x005F_x000D_</t></si>",
                        "<si><t>tab_x0009_here</t></si>"))
                .sheet("S", RawXlsx.worksheet("<row r=\"1\">" + sharedCells(1, 3) + "</row>"))
                .write(dir.resolve("escapes.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("A1")).isEqualTo("line1\r\nline2");
        assertThat(s.at("B1")).isEqualTo("_x000D_");
        assertThat(s.at("C1")).isEqualTo("tab\there"); // _x0009_ is U+0009, a tab
    }

    @Test
    void sharedStringCharacterReferences() throws Exception {
        // 20013 decimal = 0x4E2D = 中
        Path f = RawXlsx.transitional()
                .sharedStrings(RawXlsx.sst("<si><t>&#20013;</t></si>", "<si><t>&#x4E2D;&#x56FD;</t></si>",
                        "<si><t>&lt;a&gt; &quot;q&quot; &apos;s&apos;</t></si>"))
                .sheet("S", RawXlsx.worksheet("<row r=\"1\">" + sharedCells(1, 3) + "</row>"))
                .write(dir.resolve("refs.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("A1")).isEqualTo("中");
        assertThat(s.at("B1")).isEqualTo("中国"); // 0x56FD = 国
        assertThat(s.at("C1")).isEqualTo("<a> \"q\" 's'");
    }

    // ---------------------------------------------------------------- 4. missing r attributes

    /** Streaming writers may omit r on rows and cells: positions then follow the previous one. */
    @Test
    void rowsAndCellsWithoutReferences() throws Exception {
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c><c t=\"b\"><v>0</v></c></row>" // row 1: A,B,C
                        + "<row><c><v>3</v></c></row>" // row 2: A
                        + "<row r=\"5\"><c r=\"A5\"><v>1</v></c><c r=\"D5\"><v>4</v></c></row>")) // A5, D5
                .write(dir.resolve("norefs.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.rowNumbers()).containsExactly(1L, 2L, 5L);
        assertThat(s.at("A1")).isEqualTo("a");
        assertThat((BigDecimal) s.at("B1")).isEqualByComparingTo("2");
        assertThat(s.at("C1")).isEqualTo(Boolean.FALSE);
        assertThat((BigDecimal) s.at("A2")).isEqualByComparingTo("3");
        assertThat((BigDecimal) s.at("A5")).isEqualByComparingTo("1");
        assertThat(s.at("B5")).isNull();
        assertThat(s.at("C5")).isNull();
        assertThat((BigDecimal) s.row(5).get(3)).isEqualByComparingTo("4"); // D is index 3
    }

    /**
     * A row or cell without r after one with r takes the next position after it (as POI reads it):
     * the cell after D5 is E5, the row after row 7 is row 8.
     */
    @Test
    void positionsWithoutReferenceContinueAfterAnExplicitOne() throws Exception {
        // failed with the fastexcel reader: it numbers by count, so the cell after D5 lands in C5 and the row after 7 is 5
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"5\"><c r=\"A5\"><v>1</v></c><c r=\"D5\"><v>4</v></c><c><v>5</v></c></row>"
                        + "<row r=\"7\"><c r=\"A7\"><v>7</v></c></row>"
                        + "<row><c><v>8</v></c></row>"))
                .write(dir.resolve("continue.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("C5")).isNull();
        assertThat((BigDecimal) s.at("D5")).isEqualByComparingTo("4");
        assertThat((BigDecimal) s.at("E5")).isEqualByComparingTo("5");
        assertThat(s.rowNumbers()).containsExactly(5L, 7L, 8L);
        assertThat((BigDecimal) s.at("A8")).isEqualByComparingTo("8");
    }

    @Test
    void rowNumbersWithGapsAreReportedAsInTheSheet() throws Exception {
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                        + "<row r=\"7\"><c r=\"B7\"><v>7</v></c></row>"))
                .write(dir.resolve("gaps.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.rowNumbers()).containsExactly(1L, 2L, 7L);
        assertThat(s.at("A7")).isNull();
        assertThat((BigDecimal) s.at("B7")).isEqualByComparingTo("7");
    }

    // ---------------------------------------------------------------- 5. numbers

    @Test
    void numbersAsExcelStoresThem() throws Exception {
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\"><v>42</v></c><c r=\"B1\"><v>-3.5</v></c><c r=\"C1\"><v>1.5E-3</v></c>"
                        + "<c r=\"D1\"><v>2.5499999999999998</v></c><c r=\"E1\" t=\"n\"><v>1E+20</v></c>"
                        + "<c r=\"F1\"><v>0.1</v></c><c r=\"G1\"><v>-0</v></c></row>"))
                .write(dir.resolve("numbers.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.row(1)).allSatisfy(v -> assertThat(v).isInstanceOf(BigDecimal.class));
        assertThat((BigDecimal) s.at("A1")).isEqualByComparingTo("42");
        assertThat((BigDecimal) s.at("B1")).isEqualByComparingTo("-3.5");
        assertThat((BigDecimal) s.at("C1")).isEqualByComparingTo("0.0015"); // 1.5 x 10^-3
        // 17 significant digits of binary noise; Excel keeps 15: 2.55000000000000, shown as 2.55
        assertThat((BigDecimal) s.at("D1")).isEqualByComparingTo("2.55");
        assertThat(((BigDecimal) s.at("D1")).toPlainString()).isEqualTo("2.55");
        assertThat((BigDecimal) s.at("E1")).isEqualByComparingTo("100000000000000000000"); // 10^20
        assertThat((BigDecimal) s.at("F1")).isEqualByComparingTo("0.1");
        assertThat((BigDecimal) s.at("G1")).isEqualByComparingTo("0");
    }

    @Test
    void wholeNumbersKeepEveryDigitSoLongIdsStayApart() throws Exception {
        // openpyxl and other writers store 16-digit member numbers as plain integers; rounding them to
        // Excel's 15 digits made 1234567890123456 and 1234567890123457 one customer
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\"><v>1234567890123456</v></c><c r=\"B1\"><v>1234567890123457</v></c>"
                        + "<c r=\"C1\"><v>9007199254740993</v></c><c r=\"D1\"><v>123456789012345678901</v></c>"
                        + "<c r=\"E1\"><v>1.2345678901234567E+18</v></c></row>"))
                .write(dir.resolve("ids.xlsx"));
        Sheet s = read(f, "S");
        assertThat(((BigDecimal) s.at("A1")).toPlainString()).isEqualTo("1234567890123456");
        assertThat(((BigDecimal) s.at("B1")).toPlainString()).isEqualTo("1234567890123457");
        assertThat(((BigDecimal) s.at("C1")).toPlainString()).isEqualTo("9007199254740993"); // 2^53 + 1
        assertThat(((BigDecimal) s.at("D1")).toPlainString()).isEqualTo("123456789012345678901");
        // written in exponent form it is a double's text: Excel's 15 digits, 1.23456789012346 x 10^18
        assertThat((BigDecimal) s.at("E1")).isEqualByComparingTo("1234567890123460000");
    }

    // ---------------------------------------------------------------- 6. dates

    /**
     * Excel writes {@code <cellStyleXfs>} (the named styles) before {@code <cellXfs>}; a cell's
     * {@code s} indexes cellXfs only. Here the two lists disagree on purpose: cellStyleXfs says
     * date where cellXfs says General or 0.00, and the other way round. dxfs (conditional formats)
     * after cellXfs carry their own numFmt, which no cell's s points to.
     */
    @Test
    void dateStylesBuiltInCustomAndOnlyCellXfsCount() throws Exception {
        String styles = "<styleSheet xmlns=\"" + RawXlsx.MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"4\"><xf numFmtId=\"14\" fontId=\"0\"/><xf numFmtId=\"0\" fontId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"0\"/><xf numFmtId=\"22\" fontId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" // 0: General
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"1\" applyNumberFormat=\"1\">"
                + "<alignment horizontal=\"left\"/></xf>" // 1: m/d/yyyy
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"2\" applyNumberFormat=\"1\"/>" // 2
                + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"3\" applyNumberFormat=\"1\"/>" // 3: 0.00
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></dxf></dxfs>"
                + "</styleSheet>";
        Path f = RawXlsx.transitional().styles(styles).sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\" s=\"0\"><v>45322</v></c><c r=\"B1\" s=\"1\"><v>45322</v></c>"
                        + "<c r=\"C1\" s=\"2\"><v>45322.5</v></c><c r=\"D1\" s=\"3\"><v>45322</v></c>"
                        + "<c r=\"E1\"><v>45322</v></c></row>"))
                .write(dir.resolve("dates.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.date1904).isFalse();
        assertThat((BigDecimal) s.at("A1")).isEqualByComparingTo("45322"); // cellXfs[0] is General
        assertThat(s.at("B1")).isEqualTo(JAN_31); // numFmtId 14, serial 45322 = 2024-01-31
        assertThat(s.at("C1")).isEqualTo(LocalDateTime.of(2024, 1, 31, 12, 0)); // .5 of a day = 12:00
        assertThat((BigDecimal) s.at("D1")).isEqualByComparingTo("45322"); // cellXfs[3] is 0.00
        assertThat((BigDecimal) s.at("E1")).isEqualByComparingTo("45322"); // no s: General
    }

    @Test
    void date1904SystemWithNumericAndBooleanFlags() throws Exception {
        // failed with the fastexcel reader: date1904="1" is read as false (only "true" counts), so dates shift by 1462 days
        for (String flag : List.of("true", "1")) { // Excel itself writes "1"
            Path f = RawXlsx.transitional().workbookPr("<workbookPr date1904=\"" + flag + "\"/>")
                    .styles(RawXlsx.dateStyles())
                    .sheet("Mac", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c>"
                            + "<c r=\"B1\" s=\"1\"><v>43860</v></c><c r=\"C1\"><v>43860</v></c></row>"))
                    .write(dir.resolve("mac-" + flag + ".xlsx"));
            Sheet s = read(f, "Mac");
            assertThat(s.date1904).as("date1904=\"%s\"", flag).isTrue();
            assertThat(s.at("A1")).as("date1904=\"%s\"", flag).isEqualTo(LocalDateTime.of(1904, 1, 1, 0, 0)); // serial 0
            assertThat(s.at("B1")).as("date1904=\"%s\"", flag).isEqualTo(JAN_31); // 45322 - 1462
            assertThat((BigDecimal) s.at("C1")).isEqualByComparingTo("43860"); // General: a plain number
        }
        Path f = RawXlsx.transitional().workbookPr("<workbookPr date1904=\"false\" defaultThemeVersion=\"124226\"/>")
                .styles(RawXlsx.dateStyles())
                .sheet("Win", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45322</v></c></row>"))
                .write(dir.resolve("win.xlsx"));
        Sheet s = read(f, "Win");
        assertThat(s.date1904).isFalse();
        assertThat(s.at("A1")).isEqualTo(JAN_31);
    }

    /**
     * A {@code t="d"} cell holds an ISO 8601 date as text (LibreOffice and some libraries write
     * these). A user expects a date: the reader may hand over a LocalDateTime or the ISO text, but
     * an import must type the column as a date with 2024-01-31 08:30.
     */
    @Test
    void isoDateCellTypeD() throws Exception {
        // failed with the fastexcel reader: IllegalStateException "Unknown cell type : d" escapes from the reader
        Path f = RawXlsx.transitional().styles(RawXlsx.dateStyles()).sheet("S", RawXlsx.worksheet(
                "<row r=\"1\">" + inl("A1", "Customer ID") + inl("B1", "Date") + inl("C1", "Amount") + "</row>"
                        + "<row r=\"2\">" + inl("A2", "C1")
                        + "<c r=\"B2\" t=\"d\" s=\"1\"><v>2024-01-31T08:30:00</v></c><c r=\"C2\"><v>5</v></c></row>"
                        + "<row r=\"3\">" + inl("A3", "C2")
                        + "<c r=\"B3\" t=\"d\" s=\"1\"><v>2024-02-01T17:45:00</v></c><c r=\"C3\"><v>6</v></c></row>"))
                .write(dir.resolve("isodate.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("B2")).isIn(LocalDateTime.of(2024, 1, 31, 8, 30), "2024-01-31T08:30:00");
        ImportResult r = importFile(f);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(dataset(r.datasetId()).columns().get(1).dataType()).isEqualTo(DataType.TIMESTAMP);
        assertThat(rows(r.datasetId())).extracting(x -> x.get(1))
                .containsExactly(LocalDateTime.of(2024, 1, 31, 8, 30), LocalDateTime.of(2024, 2, 1, 17, 45));
    }

    // ---------------------------------------------------------------- 7. formulas

    @Test
    void formulasGiveTheirCachedValues() throws Exception {
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c>"
                        + "<c r=\"B1\" t=\"str\"><f>A1&amp;\"x\"</f><v>2x</v></c>"
                        + "<c r=\"C1\" t=\"b\"><f>TRUE()</f><v>1</v></c>"
                        + "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                        + "<c r=\"E1\"><f t=\"shared\" ref=\"E1:E2\" si=\"0\">A1*2</f><v>4</v></c>"
                        + "<c r=\"F1\"><f>A1*3</f></c>" // never calculated: no cached value
                        + "<c r=\"G1\" t=\"str\"><f>\"\"</f><v></v></c></row>" // formula giving empty text
                        + "<row r=\"2\"><c r=\"A2\"><v>3</v></c><c r=\"E2\"><f t=\"shared\" si=\"0\"/><v>6</v></c></row>"))
                .write(dir.resolve("formulas.xlsx"));
        Sheet s = read(f, "S");
        assertThat((BigDecimal) s.at("A1")).isEqualByComparingTo("2"); // 1+1
        assertThat(s.at("B1")).isEqualTo("2x"); // 2 & "x"
        assertThat(s.at("C1")).isEqualTo(Boolean.TRUE);
        assertThat(s.at("D1")).isEqualTo(new CellError("#DIV/0!"));
        assertThat((BigDecimal) s.at("E1")).isEqualByComparingTo("4"); // A1*2 = 2*2
        assertThat(s.at("F1")).isNull();
        assertThat(s.at("G1")).isNull();
        assertThat((BigDecimal) s.at("E2")).isEqualByComparingTo("6"); // shared A2*2 = 3*2
    }

    // ---------------------------------------------------------------- 8. booleans, errors, empty cells

    @Test
    void booleansErrorsAndEmptyStyledCells() throws Exception {
        Path f = RawXlsx.transitional().styles(RawXlsx.dateStyles()).sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>0</v></c><c r=\"B1\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"C1\" s=\"2\"/><c r=\"D1\" t=\"e\"><v>#N/A</v></c><c r=\"E1\" s=\"1\"/>"
                        + "<c r=\"F1\" t=\"s\" s=\"2\"></c><c r=\"G1\"><v>1</v></c></row>"))
                .write(dir.resolve("bool.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("A1")).isEqualTo(Boolean.FALSE);
        assertThat(s.at("B1")).isEqualTo(Boolean.TRUE);
        assertThat(s.at("C1")).isNull(); // styled but empty
        assertThat(s.at("D1")).isEqualTo(new CellError("#N/A"));
        assertThat(s.at("E1")).isNull(); // date-styled but empty
        assertThat(s.at("F1")).isNull(); // shared-string type without an index
        assertThat((BigDecimal) s.at("G1")).isEqualByComparingTo("1");
    }

    // ---------------------------------------------------------------- 9. package shapes

    @Test
    void absoluteRelationshipTargets() throws Exception {
        Path f = RawXlsx.transitional().absoluteTargets()
                .sharedStrings(RawXlsx.sst("<si><t>hello</t></si>"))
                .styles(RawXlsx.dateStyles())
                .sheet("S", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" s=\"1\"><v>45322</v></c></row>"))
                .write(dir.resolve("absolute.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("A1")).isEqualTo("hello");
        assertThat(s.at("B1")).isEqualTo(JAN_31);
    }

    /**
     * The package's officeDocument relationship, not a fixed path, names the workbook part.
     */
    @Test
    void workbookPartNotAtXlWorkbookXml() throws Exception {
        Path f = RawXlsx.transitional().workbookAt("xl/workbook2.xml")
                .sharedStrings(RawXlsx.sst("<si><t>moved</t></si>"))
                .sheet("S", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>7</v></c></row>"))
                .write(dir.resolve("moved.xlsx"));
        // the fastexcel reader refused it: "this is a zip file but not an Excel workbook (.xlsx)"
        Sheet s = read(f, "S");
        assertThat(s.names).containsExactly("S");
        assertThat(s.at("A1")).isEqualTo("moved");
        assertThat((BigDecimal) s.at("B1")).isEqualByComparingTo("7");
    }

    /** A workbook with only inline strings (as streaming writers produce) has no sharedStrings part. */
    @Test
    void noSharedStringsPart() throws Exception {
        Path f = RawXlsx.transitional().sheet("S", RawXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>only inline</t></is></c><c r=\"B1\" s=\"1\"><v>45322</v></c>"
                        + "<c r=\"C1\" t=\"b\"><v>1</v></c></row>"))
                .write(dir.resolve("nosst.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("A1")).isEqualTo("only inline");
        assertThat(s.at("B1")).isEqualTo(JAN_31);
        assertThat(s.at("C1")).isEqualTo(Boolean.TRUE);
    }

    /** No styles part: every cell is General, so numbers stay numbers. */
    @Test
    void noStylesPart() throws Exception {
        // failed with the fastexcel reader: ImportException "damaged or truncated ... (null not found)": it requires a styles part
        Path f = RawXlsx.transitional().withoutStyles()
                .sharedStrings(RawXlsx.sst("<si><t>shared</t></si>"))
                .sheet("S", RawXlsx.worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>45322</v></c>"
                        + "<c r=\"C1\" t=\"b\"><v>1</v></c></row>"))
                .write(dir.resolve("nostyles.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.at("A1")).isEqualTo("shared");
        assertThat((BigDecimal) s.at("B1")).isEqualByComparingTo("45322"); // no styles: General
        assertThat(s.at("C1")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void sheetNamesWithSpacesAmpersandAndChinesePickedByName() throws Exception {
        Path f = RawXlsx.transitional()
                .sheet("Read me", RawXlsx.worksheet("<row r=\"1\">" + inl("A1", "notes") + "</row>"))
                .sheet("销售 & 退货", RawXlsx.worksheet("<row r=\"1\">" + inl("A1", "退货单") + "</row>"))
                .sheet("R&D 2024", RawXlsx.worksheet("<row r=\"3\">" + inl("A3", "rd") + "</row>"))
                .write(dir.resolve("names.xlsx"));
        assertThat(read(f, "销售 & 退货").names).containsExactly("Read me", "销售 & 退货", "R&D 2024");
        assertThat(read(f, "销售 & 退货").at("A1")).isEqualTo("退货单");
        assertThat(read(f, "R&D 2024").at("A3")).isEqualTo("rd");
        assertThat(read(f, "Read me").at("A1")).isEqualTo("notes");
        assertThat(read(f, null).at("A1")).isEqualTo("notes"); // null: the first sheet
    }

    /** What Excel puts around sheetData: dimension, views, format, cols before; merges, margins, extLst after. */
    @Test
    void elementsAroundSheetData() throws Exception {
        String sheet = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"" + RawXlsx.REL + "\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac\""
                + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
                + "<sheetPr><tabColor rgb=\"FFFF0000\"/></sheetPr>"
                + "<dimension ref=\"A1:C3\"/>"
                + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                + " activePane=\"bottomLeft\" state=\"frozen\"/><selection activeCell=\"A1\" sqref=\"A1\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/>"
                + "<cols><col min=\"1\" max=\"3\" width=\"12.7109375\" customWidth=\"1\"/></cols>"
                + "<sheetData>"
                + "<row r=\"1\" spans=\"1:3\" x14ac:dyDescent=\"0.25\">" + inl("A1", "Region") + inl("C1", "Total") + "</row>"
                + "<row r=\"2\" spans=\"1:3\" ht=\"20\" customHeight=\"1\">" + inl("A2", "North")
                + "<c r=\"C2\"><v>10</v></c></row>"
                + "<row r=\"3\" spans=\"1:3\" hidden=\"1\">" + inl("A3", "South") + "<c r=\"C3\"><v>20</v></c></row>"
                + "</sheetData>"
                + "<sheetProtection sheet=\"0\"/>"
                + "<autoFilter ref=\"A1:C3\"/>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"
                + "<conditionalFormatting sqref=\"C2:C3\"><cfRule type=\"cellIs\" dxfId=\"0\" priority=\"1\""
                + " operator=\"greaterThan\"><formula>15</formula></cfRule></conditionalFormatting>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<extLst><ext uri=\"{78C0D931-6437-407d-A8EE-F0AAD7539E65}\""
                + " xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\"><x14:conditionalFormattings/>"
                + "</ext></extLst>"
                + "</worksheet>";
        Path f = RawXlsx.transitional().sheet("S", sheet).write(dir.resolve("around.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.rowNumbers()).containsExactly(1L, 2L, 3L);
        assertThat(s.at("A1")).isEqualTo("Region");
        assertThat(s.at("B1")).isNull();
        assertThat(s.at("C1")).isEqualTo("Total");
        assertThat((BigDecimal) s.at("C2")).isEqualByComparingTo("10");
        assertThat(s.at("A3")).isEqualTo("South");
        assertThat((BigDecimal) s.at("C3")).isEqualByComparingTo("20");
        // A1:B1 is row 1, columns 0..1
        assertThat(s.merged).containsExactly(new MergedRegion(1, 1, 0, 1));
    }

    /** Declaration, a comment before the root, single-quoted attributes, pretty-printed parts. */
    @Test
    void declarationCommentSingleQuotesAndPrettyPrintedXml() throws Exception {
        // failed with the fastexcel reader: the inline string keeps the indentation around <t> ("\n          pretty\n        ")
        String sheet = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                + "<!-- x -->\n"
                + "<worksheet xmlns='" + RawXlsx.MAIN + "'>\n"
                + "  <sheetData>\n"
                + "    <row r='1'>\n"
                + "      <c r='A1' t='s'>\n"
                + "        <v>0</v>\n"
                + "      </c>\n"
                + "      <c r='B1' s='1'>\n"
                + "        <v>45322</v>\n"
                + "      </c>\n"
                + "    </row>\n"
                + "    <row r='2'>\n"
                + "      <c r='A2' t='inlineStr'>\n"
                + "        <is>\n"
                + "          <t>pretty</t>\n"
                + "        </is>\n"
                + "      </c>\n"
                + "      <c r='B2'>\n"
                + "        <f>1+1</f>\n"
                + "        <v>2</v>\n"
                + "      </c>\n"
                + "    </row>\n"
                + "  </sheetData>\n"
                + "</worksheet>\n";
        String sst = "<?xml version=\"1.0\"?>\n<!-- written by hand -->\n"
                + "<sst xmlns='" + RawXlsx.MAIN + "' count='1' uniqueCount='1'>\n"
                + "  <si>\n"
                + "    <t>first</t>\n" // the indentation around <t> is not part of the text
                + "  </si>\n"
                + "</sst>\n";
        String styles = "<?xml version='1.0'?>\n<styleSheet xmlns='" + RawXlsx.MAIN + "'>\n"
                + "  <cellXfs count='2'>\n    <xf numFmtId='0'/>\n    <xf numFmtId='14' applyNumberFormat='1'/>\n"
                + "  </cellXfs>\n</styleSheet>\n";
        Path f = RawXlsx.transitional().sharedStrings(sst).styles(styles).sheet("S", sheet)
                .write(dir.resolve("pretty.xlsx"));
        Sheet s = read(f, "S");
        assertThat(s.rowNumbers()).containsExactly(1L, 2L);
        assertThat(s.at("A1")).isEqualTo("first");
        assertThat(s.at("B1")).isEqualTo(JAN_31);
        assertThat((BigDecimal) s.at("B2")).isEqualByComparingTo("2");
        assertThat(s.at("A2")).isEqualTo("pretty"); // the indentation inside <is> around <t> is not text
    }

    // ---------------------------------------------------------------- 10. Strict OOXML

    /** Excel's "Strict Open XML Spreadsheet" save: other namespaces, the same values. */
    @Test
    void strictOoxmlReadsTheSameValues() throws Exception {
        // failed with the fastexcel reader: ExcelReaderException "Sheet#0 'Strict' is missing an entry in workbook rels (for id: 'null')"
        Path f = RawXlsx.strict()
                .sharedStrings(RawXlsx.sstIn(RawXlsx.STRICT_MAIN, "<si><t>Customer ID</t></si>", "<si><t>北京</t></si>"))
                .styles(RawXlsx.dateStyles(RawXlsx.STRICT_MAIN))
                .sheet("Strict", RawXlsx.worksheet(RawXlsx.STRICT_MAIN,
                        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>12.5</v></c></row>"
                                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>45322</v></c>"
                                + "<c r=\"C2\" t=\"b\"><v>1</v></c></row>"))
                .write(dir.resolve("strict.xlsx"));
        Sheet s = read(f, "Strict");
        assertThat(s.names).containsExactly("Strict");
        assertThat(s.at("A1")).isEqualTo("Customer ID");
        assertThat((BigDecimal) s.at("B1")).isEqualByComparingTo("12.5");
        assertThat(s.at("A2")).isEqualTo("北京");
        assertThat(s.at("B2")).isEqualTo(JAN_31);
        assertThat(s.at("C2")).isEqualTo(Boolean.TRUE);
    }

    // ---------------------------------------------------------------- 11. malformed sheet XML

    @Test
    void sheetXmlCutInTheMiddleOfACellIsRefusedAsDamaged() throws Exception {
        // failed with the fastexcel reader: a raw com.fasterxml.aalto.WFCException ("Unexpected end-of-input") escapes Importer.run
        assertDamagedSheetRefused("cut-cell.xlsx", "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>C3</t></is></c>"
                + "<c r=\"B4\" s=\"1\"><v>453"); // the part ends here
    }

    @Test
    void sheetXmlWithAnUnclosedRowAtTheEndIsRefusedAsDamaged() throws Exception {
        assertDamagedSheetRefused("open-row.xlsx", "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>C3</t></is></c>"
                + "<c r=\"B4\" s=\"1\"><v>45324</v></c><c r=\"C4\"><v>3</v></c>"); // no </row></sheetData></worksheet>
    }

    /** Three good rows, then {@code tail}: the import stops with "damaged" and keeps the workspace as it was. */
    private void assertDamagedSheetRefused(String name, String tail) throws Exception {
        importFile(text("good.csv", "customer id,date,amount\nC1,2024-01-01,5\n", StandardCharsets.UTF_8));
        String before = snapshot();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + RawXlsx.MAIN
                + "\"><sheetData>" + ordersHeader() + orderRow(2, "C1", 45322, "5") + orderRow(3, "C2", 45323, "6")
                + tail;
        Path f = RawXlsx.transitional().styles(RawXlsx.dateStyles()).sheet("Orders", xml).write(dir.resolve(name));
        assertThatThrownBy(() -> importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(name)
                .hasMessageContaining("damaged");
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- 12. end to end

    @Test
    void handWrittenWorkbookImportsEndToEnd() throws Exception {
        String header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>";
        // serials: 45292 = 2024-01-01, 45322 = 2024-01-31, 45351 = 2024-02-29 (45322 + 29, 2024 is a leap year)
        String data = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\"><v>1001</v></c>"
                + "<c r=\"C2\" s=\"1\"><v>45292</v></c><c r=\"D2\" s=\"3\"><v>12.5</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>5</v></c><c r=\"B3\"><v>1002</v></c>"
                + "<c r=\"C3\" s=\"1\"><v>45322</v></c><c r=\"D3\" s=\"3\"><v>7</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>4</v></c><c r=\"B4\"><v>1003</v></c>"
                + "<c r=\"C4\" s=\"1\"><v>45351</v></c><c r=\"D4\" s=\"3\"><v>100.25</v></c></row>";
        Path f = RawXlsx.transitional()
                .sharedStrings(RawXlsx.sst("<si><t>Customer ID</t></si>", "<si><t>Order ID</t></si>",
                        "<si><t>Date</t></si>", "<si><t>Amount</t></si>", "<si><t>C-001</t></si>",
                        "<si><t>C-002</t></si>"))
                .styles(RawXlsx.dateStyles())
                .sheet("Orders", "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><dimension ref=\"A1:D4\"/><sheetData>"
                        + header + data + "</sheetData></worksheet>")
                .write(dir.resolve("orders.xlsx"));
        ImportResult r = importFile(f);
        assertThat(r.kind()).isEqualTo(DatasetKind.TRANSACTIONS);
        assertThat(r.sheet()).isEqualTo("Orders");
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.rowsImported()).isEqualTo(3);
        assertThat(r.rowsRejected()).isEqualTo(0);
        assertThat(r.customers()).isEqualTo(2); // C-001 twice, C-002 once
        assertThat(dataset(r.datasetId()).columns()).extracting(c -> c.dataType())
                .containsExactly(DataType.TEXT, DataType.TEXT, DataType.DATE, DataType.DECIMAL);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(x -> x.get(0)).containsExactly("C-001", "C-002", "C-001");
        assertThat(rows).extracting(x -> x.get(1)).containsExactly("1001", "1002", "1003"); // ids stay text
        assertThat(rows).extracting(x -> x.get(2)).containsExactly(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29));
        assertThat((BigDecimal) rows.get(0).get(3)).isEqualByComparingTo("12.5");
        assertThat((BigDecimal) rows.get(1).get(3)).isEqualByComparingTo("7");
        assertThat((BigDecimal) rows.get(2).get(3)).isEqualByComparingTo("100.25");
    }

    /**
     * Rows whose numbers go back (r="5" before r="3") or repeat (r="3" twice): Excel never writes
     * them (it repairs such a file), hand-rolled exporters do. Nothing is lost: the rows are kept in
     * file order with the numbers the file gives them.
     */
    @Test
    void rowsOutOfOrderOrRepeatedImportInFileOrder() throws Exception {
        // serials 45292 = 2024-01-01, 45293 = 2024-01-02, 45294 = 2024-01-03 (see the class comment)
        Path f = RawXlsx.transitional().styles(RawXlsx.dateStyles())
                .sheet("Orders", RawXlsx.worksheet(ordersHeader() + orderRow(5, "C5", 45292, "5")
                        + orderRow(3, "C3", 45293, "3") + orderRow(3, "C3b", 45294, "33")))
                .write(dir.resolve("unordered.xlsx"));
        ImportResult r = importFile(f);
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.rowsImported()).isEqualTo(3);
        RowPage page = repo.page(r.datasetId(), 0, 10);
        assertThat(page.sourceRows()).containsExactly(5L, 3L, 3L);
        assertThat(page.rows()).extracting(x -> x.get(0)).containsExactly("C5", "C3", "C3b");
        assertThat(page.rows()).extracting(x -> x.get(1)).containsExactly(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));
    }

    // ---------------------------------------------------------------- helpers

    private static String ordersHeader() {
        return "<row r=\"1\">" + inl("A1", "Customer ID") + inl("B1", "Date") + inl("C1", "Amount") + "</row>";
    }

    private static String orderRow(int row, String customer, int serial, String amount) {
        return "<row r=\"" + row + "\">" + inl("A" + row, customer) + "<c r=\"B" + row + "\" s=\"1\"><v>" + serial
                + "</v></c><c r=\"C" + row + "\"><v>" + amount + "</v></c></row>";
    }

    /** An inline-string cell. */
    private static String inl(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + RawXlsx.escape(text) + "</t></is></c>";
    }

    /** Cells A..: in row {@code row} pointing at shared strings 0..n-1. */
    private static String sharedCells(int row, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<c r=\"").append((char) ('A' + i)).append(row).append("\" t=\"s\"><v>").append(i).append("</v></c>");
        }
        return b.toString();
    }

    /** Reads a whole sheet through the format-neutral API. */
    private static Sheet read(Path f, String sheet) throws IOException {
        try (SpreadsheetSource src = SpreadsheetSources.open(f, null)) {
            List<String> names = List.copyOf(src.sheetNames());
            try (SheetReader r = src.openSheet(sheet)) {
                List<Long> numbers = new ArrayList<>();
                Map<Long, List<Object>> rows = new LinkedHashMap<>();
                while (r.next()) {
                    List<Object> cells = new ArrayList<>();
                    for (int i = 0; i < r.cellCount(); i++) {
                        cells.add(r.cell(i));
                    }
                    numbers.add(r.rowNumber()); // a number read twice shows in rowNumbers()
                    rows.putIfAbsent(r.rowNumber(), cells);
                }
                return new Sheet(names, numbers, rows, r.date1904(), r.mergedRegions(Long.MAX_VALUE));
            }
        }
    }

    /** A sheet as read: rows by their 1-based number, each a list of cells from column A. */
    private static final class Sheet {
        final List<String> names;
        final List<Long> numbers;
        final Map<Long, List<Object>> rows;
        final boolean date1904;
        final List<MergedRegion> merged;

        Sheet(List<String> names, List<Long> numbers, Map<Long, List<Object>> rows, boolean date1904,
                List<MergedRegion> merged) {
            this.names = names;
            this.numbers = numbers;
            this.rows = rows;
            this.date1904 = date1904;
            this.merged = merged;
        }

        /** The row numbers in reading order, repeats included. */
        List<Long> rowNumbers() {
            return numbers;
        }

        List<Object> row(long number) {
            List<Object> r = rows.get(number);
            assertThat(r).as("row %d exists", number).isNotNull();
            return r;
        }

        /** The value at an A1 reference; null when the row or the cell is absent. */
        Object at(String ref) {
            int i = 0;
            int col = 0;
            while (Character.isLetter(ref.charAt(i))) {
                col = col * 26 + (ref.charAt(i++) - 'A' + 1);
            }
            List<Object> r = rows.get(Long.parseLong(ref.substring(i)));
            return r == null || col - 1 >= r.size() ? null : r.get(col - 1);
        }
    }

    /**
     * Writes a minimal .xlsx package from XML strings: [Content_Types].xml, _rels/.rels, the workbook
     * and its rels (generated from the sheets unless given with {@link #part}), styles (a default
     * unless given or left out), optional shared strings, and the sheet parts exactly as given.
     */
    static final class RawXlsx {
        static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        static final String STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
        private static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
        private static final String CT_ML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

        private final String mainNs;
        private final String relNs;
        private final boolean strict;
        private String workbookPath = "xl/workbook.xml";
        private String workbookPr = "";
        private boolean absoluteTargets;
        /** Excel always writes a styles part; by default this one ({@link #dateStyles}). */
        private String styles;
        private boolean noStyles;
        private String sharedStrings;
        private final List<String[]> sheets = new ArrayList<>();
        private final Map<String, String> parts = new LinkedHashMap<>();

        private RawXlsx(String mainNs, String relNs, boolean strict) {
            this.mainNs = mainNs;
            this.relNs = relNs;
            this.strict = strict;
        }

        static RawXlsx transitional() {
            return new RawXlsx(MAIN, REL, false);
        }

        static RawXlsx strict() {
            return new RawXlsx(STRICT_MAIN, STRICT_REL, true);
        }

        /** A sheet, written to xl/worksheets/sheetN.xml. */
        RawXlsx sheet(String name, String xml) {
            sheets.add(new String[] {name, xml});
            return this;
        }

        RawXlsx styles(String xml) {
            styles = xml;
            return this;
        }

        /** Leaves the styles part out (some streaming writers do). */
        RawXlsx withoutStyles() {
            noStyles = true;
            return this;
        }

        RawXlsx sharedStrings(String xml) {
            sharedStrings = xml;
            return this;
        }

        /** An element such as {@code <workbookPr date1904="1"/>} placed before {@code <sheets>}. */
        RawXlsx workbookPr(String element) {
            workbookPr = element;
            return this;
        }

        /** Puts the workbook part elsewhere; _rels/.rels and the content types follow. */
        RawXlsx workbookAt(String path) {
            workbookPath = path;
            return this;
        }

        /** Relationship targets as absolute part names ("/xl/worksheets/sheet1.xml"). */
        RawXlsx absoluteTargets() {
            absoluteTargets = true;
            return this;
        }

        /** Replaces a generated part (or adds one) with the given XML. */
        RawXlsx part(String path, String xml) {
            parts.put(path, xml);
            return this;
        }

        Path write(Path file) throws IOException {
            String folder = workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1); // "xl/"
            String wbName = workbookPath.substring(folder.length());
            Map<String, String> out = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            StringBuilder wbRels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"" + PKG_REL + "\">");
            StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs + "\""
                    + (strict ? " conformance=\"strict\"" : "") + ">" + workbookPr + "<sheets>");
            for (int i = 0; i < sheets.size(); i++) {
                String part = folder + "worksheets/sheet" + (i + 1) + ".xml";
                wbRels.append(rel("rId" + (i + 1), "worksheet", target(folder, part)));
                wb.append("<sheet name=\"").append(escape(sheets.get(i)[0])).append("\" sheetId=\"").append(i + 1)
                        .append("\" r:id=\"rId").append(i + 1).append("\"/>");
                out.put(part, sheets.get(i)[1]);
                types.put(part, CT_ML + "worksheet+xml");
            }
            wb.append("</sheets></workbook>");
            if (!noStyles) {
                String part = folder + "styles.xml";
                wbRels.append(rel("rIdStyles", "styles", target(folder, part)));
                out.put(part, styles != null ? styles : dateStyles(mainNs));
                types.put(part, CT_ML + "styles+xml");
            }
            if (sharedStrings != null) {
                String part = folder + "sharedStrings.xml";
                wbRels.append(rel("rIdStrings", "sharedStrings", target(folder, part)));
                out.put(part, sharedStrings);
                types.put(part, CT_ML + "sharedStrings+xml");
            }
            wbRels.append("</Relationships>");
            out.put(workbookPath, wb.toString());
            types.put(workbookPath, CT_ML + "sheet.main+xml");
            out.put(folder + "_rels/" + wbName + ".rels", wbRels.toString());
            out.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + rel("rId1", "officeDocument", absoluteTargets ? "/" + workbookPath : workbookPath)
                    + "</Relationships>");
            StringBuilder ct = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"" + CT + "\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
            types.forEach((part, type) -> ct.append("<Override PartName=\"/").append(part)
                    .append("\" ContentType=\"").append(type).append("\"/>"));
            ct.append("</Types>");
            out.putAll(parts);
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
                z.putNextEntry(new ZipEntry("[Content_Types].xml")); // first, as Excel writes it
                z.write(ct.toString().getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, String> e : out.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            return file;
        }

        private String rel(String id, String type, String target) {
            return "<Relationship Id=\"" + id + "\" Type=\"" + relNs + "/" + type + "\" Target=\"" + target + "\"/>";
        }

        /** A target relative to the workbook's folder, or the absolute part name. */
        private String target(String folder, String part) {
            return absoluteTargets ? "/" + part : part.substring(folder.length());
        }

        static String worksheet(String rows) {
            return worksheet(MAIN, rows);
        }

        static String worksheet(String ns, String rows) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + ns
                    + "\"><sheetData>" + rows + "</sheetData></worksheet>";
        }

        static String sst(String... items) {
            return sstIn(MAIN, items);
        }

        static String sstIn(String ns, String... items) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"" + ns + "\" count=\""
                    + items.length + "\" uniqueCount=\"" + items.length + "\">" + String.join("", Arrays.asList(items))
                    + "</sst>";
        }

        /** cellXfs: 0 General, 1 numFmtId 14 (date), 2 General, 3 numFmtId 2 (0.00). */
        static String dateStyles() {
            return dateStyles(MAIN);
        }

        static String dateStyles(String ns) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"" + ns + "\">"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"4\"><xf numFmtId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"2\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>";
        }

        static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
