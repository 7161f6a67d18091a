package com.stratum.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Streams one worksheet's XML ({@code <sheetData><row><c>}) with {@link XmlScanner}: no object
 * per tag or attribute, a String only for inline text (shared strings come from the table), and
 * numbers made from their digits. Reading the inflated bytes itself, it also counts them, so the
 * zip guard's real-size rule and the progress fraction need no second pass over the sheet.
 *
 * <p>Cell values follow {@link SheetReader}: a number whose cell style shows a date becomes a
 * {@link LocalDateTime}; a formula gives its cached value; error cells give a {@link CellError}.
 */
final class XlsxSheetReader extends BufferedSheetReader {

    /** Excel keeps 15 significant digits; the XML may hold binary noise such as 2.5499999999999998. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** Columns A..XFD. */
    private static final int MAX_COLUMNS = 16_384;
    /** Rows 1..1,048,576. */
    private static final int MAX_ROWS = 1_048_576;
    /** A cell's text (or a shared string) is at most 32,767 characters in Excel; allow UTF-8 and generous slack. */
    static final long MAX_CELL_TEXT_BYTES = 4L << 20;

    private static final byte[] SHEET_DATA = ascii("sheetData");
    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] V = ascii("v");
    private static final byte[] F = ascii("f");
    private static final byte[] IS = ascii("is");
    private static final byte[] R = ascii("r");
    private static final byte[] S = ascii("s");
    private static final byte[] T = ascii("t");

    private static final int TYPE_NUMBER = 0;
    private static final int TYPE_SHARED = 1;
    private static final int TYPE_INLINE = 2;
    private static final int TYPE_FORMULA_TEXT = 3;
    private static final int TYPE_BOOLEAN = 4;
    private static final int TYPE_ERROR = 5;
    private static final int TYPE_DATE_TEXT = 6;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final XlsxPackage pkg;
    private final String entry;
    private final CountingInputStream counted;
    private final XmlScanner x;
    private final long declaredSize;
    private final boolean date1904;
    private String[] sharedStrings;
    private boolean[] dateStyles;

    private Object[] row = new Object[16];
    private long lastRow;
    /** The 0-based column of the cell being read, for messages. */
    private int currentColumn;
    /** Read by {@link #progress} from another thread. */
    private volatile boolean finished;
    private List<MergedRegion> merged;

    XlsxSheetReader(XlsxPackage pkg, String entry, String sheetName) throws IOException {
        this.pkg = pkg;
        this.entry = entry;
        this.date1904 = pkg.date1904();
        this.declaredSize = pkg.size(entry);
        this.counted = new CountingInputStream(pkg.open(entry));
        // the scanner's messages end "(sheet "Orders", xl/worksheets/sheet1.xml, byte 1234)"
        this.x = new XmlScanner(counted, "sheet \"" + sheetName + "\", " + entry, MAX_CELL_TEXT_BYTES);
    }

    @Override
    public boolean next() throws IOException {
        if (finished) {
            return false;
        }
        if (sharedStrings == null) {
            sharedStrings = pkg.sharedStrings();
            dateStyles = pkg.dateStyles();
        }
        while (x.next()) {
            if (x.isStart(ROW)) {
                long number = rowNumber(x.attribute(R));
                if (x.isEmptyElement()) {
                    continue;
                }
                int width = readCells();
                if (width > 0) {
                    startRow(number, width);
                    for (int i = 0; i < width; i++) {
                        set(i, row[i]);
                    }
                    Arrays.fill(row, 0, width, null);
                    return true;
                }
            } else if (x.isEnd(SHEET_DATA) || (x.isStart(SHEET_DATA) && x.isEmptyElement())) {
                // what follows the rows (merged cells, print settings) is not read here
                finished = true;
                return false;
            }
        }
        throw x.malformed("the sheet ends before its last row");
    }

    private long rowNumber(int attr) throws IOException {
        if (attr < 0) {
            if (lastRow >= MAX_ROWS) {
                throw x.malformed("a row after row " + MAX_ROWS);
            }
            return ++lastRow;
        }
        int n = x.attributeInt(attr);
        if (n <= 0 || n > MAX_ROWS) {
            throw x.malformed("a row number outside 1.." + MAX_ROWS + ": r=\"" + x.attributeValue(attr) + "\"");
        }
        lastRow = n;
        return n;
    }

    /** Reads the cells of the current row into {@link #row}; returns the width (last filled column + 1). */
    private int readCells() throws IOException {
        int width = 0;
        int column = -1;
        while (x.next()) {
            if (x.isEnd(ROW)) {
                return width;
            }
            if (!x.isStart(C)) {
                if (!x.isEndTag()) {
                    x.skipElement(); // extLst and the like
                }
                continue;
            }
            int ref = x.attribute(R);
            column = ref < 0 ? column + 1 : column(ref);
            if (column >= MAX_COLUMNS) {
                throw ref < 0 ? x.malformed("a cell beyond column XFD") : badReference(ref);
            }
            currentColumn = column;
            int style = x.attributeInt(x.attribute(S));
            int type = type(x.attribute(T));
            if (x.isEmptyElement()) {
                continue;
            }
            Object v;
            try {
                v = readCell(type, style);
            } catch (IOException e) {
                // a scanner message ("a text longer than ...") gets the cell it is about
                throw new IOException("cell " + cellName() + ": " + e.getMessage(), e);
            }
            if (v != null) {
                if (column >= row.length) {
                    row = Arrays.copyOf(row, Math.max(column + 1, row.length * 2));
                }
                row[column] = v;
                width = Math.max(width, column + 1);
            }
        }
        throw x.malformed("the sheet ends inside a row");
    }

    /**
     * The 0-based column of a reference such as {@code AB12}: one to three letters, then a row number
     * in 1..1,048,576 (its value is not used: the row's own {@code r} counts, as in Excel).
     */
    private int column(int attr) throws IOException {
        byte[] t = x.tagBytes();
        int col = 0;
        int i = x.attributeFrom(attr);
        int to = x.attributeTo(attr);
        int letters = 0;
        for (; i < to; i++) {
            int b = t[i];
            if (b >= 'A' && b <= 'Z') {
                col = col * 26 + (b - 'A' + 1);
            } else if (b >= 'a' && b <= 'z') {
                col = col * 26 + (b - 'a' + 1);
            } else {
                break;
            }
            if (++letters > 3) {
                throw badReference(attr);
            }
        }
        int rowNumber = 0;
        int digits = 0;
        for (; i < to; i++) {
            int d = t[i] - '0';
            if (d < 0 || d > 9 || ++digits > 7) {
                throw badReference(attr);
            }
            rowNumber = rowNumber * 10 + d;
        }
        if (letters == 0 || rowNumber < 1 || rowNumber > MAX_ROWS) {
            throw badReference(attr);
        }
        return col - 1;
    }

    private IOException badReference(int attr) throws IOException {
        return x.malformed("a cell reference outside A1:XFD1048576: r=\"" + x.attributeValue(attr) + "\"");
    }

    private int type(int attr) {
        if (attr < 0) {
            return TYPE_NUMBER;
        }
        byte[] t = x.tagBytes();
        int from = x.attributeFrom(attr);
        int len = x.attributeTo(attr) - from;
        if (len == 1) {
            return switch (t[from]) {
                case 's' -> TYPE_SHARED;
                case 'b' -> TYPE_BOOLEAN;
                case 'e' -> TYPE_ERROR;
                case 'd' -> TYPE_DATE_TEXT;
                default -> TYPE_NUMBER;
            };
        }
        if (len == 3 && t[from] == 's') {
            return TYPE_FORMULA_TEXT; // "str"
        }
        if (len == 9 && t[from] == 'i') {
            return TYPE_INLINE; // "inlineStr"
        }
        return TYPE_NUMBER;
    }

    /** After a {@code <c>} start tag: its value, up to {@code </c>}. */
    private Object readCell(int type, int style) throws IOException {
        boolean haveValue = false;
        boolean formula = false;
        String inline = null;
        while (x.next()) {
            if (x.isEnd(C)) {
                break;
            }
            if (x.isStart(V)) {
                x.clearText();
                if (!x.isEmptyElement()) {
                    x.appendText();
                }
                haveValue = true;
            } else if (x.isStart(IS)) {
                inline = x.isEmptyElement() ? "" : XlsxText.readRichText(x, IS);
            } else if (x.isStart(F)) {
                formula = true;
                x.skipElement();
            } else if (!x.isEndTag()) {
                x.skipElement();
            }
        }
        if (inline != null) {
            return inline.isBlank() ? null : inline;
        }
        if (!haveValue) {
            return null;
        }
        if (type == TYPE_INLINE) {
            return formulaText(false); // an inline string written in <v>, which POI reads too
        }
        return switch (type) {
            case TYPE_SHARED -> sharedString();
            case TYPE_BOOLEAN -> bool();
            case TYPE_ERROR -> new CellError(textValue());
            case TYPE_FORMULA_TEXT -> formulaText(formula);
            case TYPE_DATE_TEXT -> isoDate();
            default -> number(style);
        };
    }

    private Object sharedString() throws IOException {
        int index = digitsValue();
        if (index < 0 || index >= sharedStrings.length) {
            String v = x.text().strip();
            throw x.malformed("a shared string that does not exist (<v>"
                    + (v.length() > 20 ? v.substring(0, 20) + "..." : v) + "</v>, the workbook has "
                    + sharedStrings.length + " shared strings)");
        }
        String s = sharedStrings[index];
        return s.isBlank() ? null : s;
    }

    /** The current cell as the user sees it, such as {@code B12}. */
    private String cellName() {
        StringBuilder letters = new StringBuilder();
        for (int c = currentColumn + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + lastRow;
    }

    private Object bool() {
        String s = textValue().trim();
        return s.equals("1") || s.equalsIgnoreCase("true");
    }

    private Object formulaText(boolean formula) {
        String s = XlsxText.decode(textValue());
        if (formula && CellError.isErrorCode(s)) {
            return new CellError(s);
        }
        return s.isBlank() ? null : s;
    }

    /** A {@code t="d"} cell holds an ISO 8601 date or date-time as text. */
    private Object isoDate() {
        String s = textValue().trim();
        try {
            return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s.endsWith("Z")
                    ? s.substring(0, s.length() - 1) : s);
        } catch (DateTimeParseException e) {
            return s.isEmpty() ? null : s;
        }
    }

    private String textValue() {
        return x.text();
    }

    /** The value's text as a non-negative int (a shared string index), or -1. */
    private int digitsValue() {
        byte[] t = x.textBytes();
        int len = x.textLength();
        long v = 0;
        int digits = 0;
        for (int i = 0; i < len; i++) {
            int d = t[i] - '0';
            if (d >= 0 && d <= 9) {
                v = v * 10 + d;
                if (++digits > 10) {
                    return -1;
                }
            } else if (t[i] != ' ' && t[i] != '\n' && t[i] != '\t' && t[i] != '\r') {
                return -1;
            }
        }
        return digits == 0 || v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    /** A number cell: a BigDecimal, or a date-time when the style shows dates. */
    private Object number(int style) {
        boolean date = style >= 0 && style < dateStyles.length && dateStyles[style];
        if (date) {
            // a date-time serial such as 40513.354166666664: straight to a double (no BigDecimal,
            // whose doubleValue() of 17 digits goes through a String)
            double serial = serial(x.textBytes(), x.textLength());
            if (!Double.isNaN(serial)) {
                Object d = ExcelDates.fromSerial(serial, date1904);
                if (d != null) {
                    return d;
                }
            }
        }
        BigDecimal n = decimal(x.textBytes(), x.textLength());
        if (n == null) {
            String s = x.text().trim();
            return s.isEmpty() ? null : s;
        }
        long exponent = (long) n.precision() - n.scale() - 1; // n = d.ddd x 10^exponent (precision is needed below anyway)
        if (exponent > 308 || exponent < -325) { // Excel's numbers are doubles
            n = withinDoubleRange(n);
            if (n == null) {
                return new CellError("#NUM!"); // as Excel shows a number it cannot hold
            }
        }
        if (date) {
            Object d = ExcelDates.fromSerial(n.doubleValue(), date1904);
            return d != null ? d : n;
        }
        // binary noise sits in a fraction (2.5499999999999998) or an exponent form; a plain whole number
        // is what the writer meant to the last digit (16-digit member ids)
        return n.precision() > 15 && n.scale() != 0 ? excelDigits(n) : n;
    }

    /**
     * {@code n} as a double can hold it: with an exponent below -325 (under the smallest double, 4.9E-324)
     * it is 0, beyond the largest double (1.7976931348623157E308) it is null. Without this, 1E-999999999 or 1E+999999999 would make digit strings of a
     * billion zeros further on.
     */
    static BigDecimal withinDoubleRange(BigDecimal n) {
        long exponent = (long) n.precision() - n.scale() - 1; // n = d.ddd x 10^exponent
        if (n.signum() == 0 || exponent < -325) {
            return BigDecimal.ZERO;
        }
        return exponent > 308 && Double.isInfinite(n.doubleValue()) ? null : n;
    }

    /** 525.32000000000005 is 525.32 in Excel: 15 significant digits, without the zeros rounding leaves. */
    private static BigDecimal excelDigits(BigDecimal n) {
        BigDecimal r = n.round(EXCEL_DIGITS).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /**
     * A non-negative plain decimal ({@code 45322}, {@code 45322.5}) as a double, or NaN for
     * anything else (signs, exponents, more than 15 integer digits), which takes the exact path.
     */
    static double serial(byte[] t, int len) {
        int i = 0;
        long whole = 0;
        int wholeDigits = 0;
        while (i < len && t[i] >= '0' && t[i] <= '9') {
            whole = whole * 10 + (t[i++] - '0');
            if (++wholeDigits > 15) {
                return Double.NaN;
            }
        }
        if (wholeDigits == 0) {
            return Double.NaN;
        }
        if (i == len) {
            return whole;
        }
        if (t[i++] != '.') {
            return Double.NaN;
        }
        long fraction = 0;
        int digits = 0;
        for (; i < len; i++) {
            int d = t[i] - '0';
            if (d < 0 || d > 9) {
                return Double.NaN;
            }
            if (digits < 18) { // beyond 18 digits a fraction of a day is below a nanosecond
                fraction = fraction * 10 + d;
                digits++;
            }
        }
        return whole + fraction / (double) POW10[digits];
    }

    /**
     * Parses the decimal text Excel writes ({@code 42}, {@code -3.5}, {@code 1.5E-3}); plain
     * numbers of up to 18 digits without a String or a parse. Null when it is not a number.
     */
    static BigDecimal decimal(byte[] t, int len) {
        int i = 0;
        while (i < len && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t')) {
            i++;
        }
        while (len > i && (t[len - 1] == ' ' || t[len - 1] == '\n' || t[len - 1] == '\t')) {
            len--;
        }
        if (i >= len) {
            return null;
        }
        int start = i;
        boolean negative = false;
        if (t[i] == '-' || t[i] == '+') {
            negative = t[i] == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        boolean sawDigit = false;
        int scale = -1;
        for (; i < len; i++) {
            byte b = t[i];
            if (b >= '0' && b <= '9') {
                if (digits >= 18) {
                    return slowDecimal(t, start, len);
                }
                sawDigit = true;
                unscaled = unscaled * 10 + (b - '0');
                if (unscaled != 0) {
                    digits++; // leading zeros do not count towards the long's 18 safe digits
                }
                if (scale >= 0) {
                    scale++;
                }
            } else if (b == '.' && scale < 0) {
                scale = 0;
            } else {
                return slowDecimal(t, start, len);
            }
        }
        if (!sawDigit) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static BigDecimal slowDecimal(byte[] t, int from, int to) {
        if (to - from > 400) {
            return null; // Excel writes at most 17 significant digits; parsing a megabyte of digits is quadratic
        }
        try {
            return new BigDecimal(new String(t, from, to - from, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public double progress() {
        if (finished) {
            return 1.0; // what follows the rows (merged cells, page setup) is never read
        }
        return declaredSize <= 0 ? -1 : Math.min(1.0, counted.count() / (double) declaredSize);
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public List<MergedRegion> mergedRegions(long maxFirstRow) {
        if (merged == null) {
            merged = XlsxMergedCells.read(pkg, entry, maxFirstRow);
        }
        return merged;
    }

    @Override
    public void close() throws IOException {
        x.close();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
