package com.stratum.exports;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Tables as sheets of an .xlsx workbook, streamed with POI SXSSF: only a small window of rows is in
 * memory, the rest goes to (compressed) temp files, so a million rows fit in a small heap.
 * Each table gets a bold, frozen header row with an auto filter, number formats by value type
 * (money {@code #,##0.00}, integers {@code #,##0}, dates {@code yyyy-mm-dd}, shares {@code 0.0%})
 * and column widths estimated from the header and the first rows. A table longer than a sheet
 * (1,048,575 data rows) continues on a sheet named "name (2)" with the same header.
 *
 * <p>Besides tables, {@link #startSheet} opens a free-form sheet (a report: label rows, a header
 * row placed with {@link #writeHeaderRow}, pictures with {@link #addPicture}).
 */
public final class XlsxTableWriter implements TableWriter {

    /** Rows kept in memory per sheet before SXSSF flushes them to disk. */
    private static final int ROW_WINDOW = 256;
    /** Rows looked at to size the columns. */
    private static final int WIDTH_SAMPLE_ROWS = 200;
    private static final int MAX_COLUMN_CHARS = 60;
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Excel shows 15 significant digits; longer decimals are kept exact as text. */
    private static final int MAX_EXACT_DIGITS = 15;

    private final Path path;
    private final OutputStream stream;
    private final SXSSFWorkbook workbook;
    private final SheetNames sheetNames = new SheetNames();
    private final int maxRowsPerSheet;
    private final CellStyle headerStyle;
    private final CellStyle quotedHeaderStyle;
    private final CellStyle quotedTextStyle;
    private final CellStyle moneyStyle;
    private final CellStyle decimalStyle;
    private final CellStyle integerStyle;
    private final CellStyle percentStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;

    private SXSSFSheet sheet;
    private String tableName;
    private List<String> tableHeader;
    private boolean tableMode;
    private int nextRow;
    private int headerRow = -1;
    private int headerColumns;
    private int[] widths = new int[0];
    private int sampledRows;
    private boolean closed;

    /** Writes the workbook to this file when closed (nothing is written before). */
    public XlsxTableWriter(Path path) {
        this(path, null, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** Writes the workbook to this stream when closed; the stream is closed too. */
    public XlsxTableWriter(OutputStream stream) {
        this(null, stream, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** For tests: a smaller sheet so continuation sheets can be checked quickly. */
    XlsxTableWriter(Path path, OutputStream stream, int maxRowsPerSheet) {
        this.path = path;
        this.stream = stream;
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Stratum");
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        // xlsx neutralises formula-like text with the style's hidden quote prefix (Excel's own "'"
        // on typing), never an apostrophe in the text itself: that would show in the cell
        quotedHeaderStyle = workbook.createCellStyle();
        quotedHeaderStyle.setFont(bold);
        quotedHeaderStyle.setQuotePrefixed(true);
        quotedTextStyle = workbook.createCellStyle();
        quotedTextStyle.setQuotePrefixed(true);
        moneyStyle = formatted("#,##0.00");
        decimalStyle = formatted("#,##0.00########");
        integerStyle = formatted("#,##0");
        percentStyle = formatted("0.0%");
        dateStyle = formatted("yyyy-mm-dd");
        dateTimeStyle = formatted("yyyy-mm-dd hh:mm:ss");
    }

    /**
     * Sets the document's creation time (by default the time of writing). A fixed time makes the same
     * content give the same bytes, e.g. for generated files kept in version control.
     */
    public void documentCreated(Instant created) {
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(created)));
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Override
    public void startTable(String name, List<String> header) {
        openSheet(name);
        tableName = name;
        tableHeader = List.copyOf(header);
        tableMode = true;
        writeHeaderRow(tableHeader);
        sheet.createFreezePane(0, 1);
    }

    /** Opens a free-form sheet: rows of any width, an optional header row placed by the caller. */
    public void startSheet(String name) {
        openSheet(name);
        tableMode = false;
    }

    /** Writes a bold header row at the current row; the auto filter covers it and the rows below. */
    public void writeHeaderRow(List<String> header) {
        writeBoldRow(header);
        headerRow = nextRow - 1;
        headerColumns = header.size();
    }

    /** Writes a row of bold text (a table heading in a report) with no auto filter. */
    public void writeBoldRow(List<String> cells) {
        requireSheet();
        Row row = sheet.createRow(nextRow);
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            String text = cells.get(i);
            cell.setCellValue(truncate(text));
            cell.setCellStyle(FormulaGuard.isDangerous(text) ? quotedHeaderStyle : headerStyle);
            widen(i, displayLength(cells.get(i)) + 2);
        }
        nextRow++;
    }

    /** The name the current sheet got (made valid and unique), or null before the first sheet. */
    public String currentSheetName() {
        return sheet == null ? null : sheet.getSheetName();
    }

    @Override
    public void writeRow(Object... cells) {
        requireSheet();
        if (tableMode) {
            if (cells.length != tableHeader.size()) {
                throw new IllegalArgumentException("Row has " + cells.length + " cells, the header of \""
                        + tableName + "\" has " + tableHeader.size());
            }
            if (nextRow >= maxRowsPerSheet) {
                continueTable();
            }
        } else if (nextRow >= maxRowsPerSheet) {
            throw new IllegalStateException("Sheet " + sheet.getSheetName() + " is full");
        }
        Row row = sheet.createRow(nextRow++);
        boolean sample = sampledRows < WIDTH_SAMPLE_ROWS;
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value != null) {
                setCell(row.createCell(i), value);
                if (sample) {
                    widen(i, displayLength(value));
                }
            }
        }
        if (sample) {
            sampledRows++;
        }
    }

    /** Leaves the current row empty (a spacer in a report sheet). */
    public void skipRow() {
        requireSheet();
        nextRow++;
    }

    /** The 0-based index of the row the next write goes to. */
    public int currentRow() {
        return nextRow;
    }

    /**
     * Places a PNG image with its top-left corner at (column, row) of the current sheet, at its
     * natural size. Returns the number of rows it covers at the default row height, so a caller can
     * put the next picture below it.
     */
    public int addPicture(byte[] png, int column, int row) {
        requireSheet();
        int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        SXSSFDrawing drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setRow1(row);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        Picture picture = drawing.createPicture(anchor, index);
        picture.resize();
        return picture.getClientAnchor().getRow2() - row + 1;
    }

    private void openSheet(String name) {
        if (closed) {
            throw new IllegalStateException("Writer is closed");
        }
        finishSheet();
        sheet = workbook.createSheet(sheetNames.unique(name));
        nextRow = 0;
        headerRow = -1;
        headerColumns = 0;
        widths = new int[0];
        sampledRows = 0;
    }

    private void continueTable() {
        finishSheet();
        sheet = workbook.createSheet(sheetNames.unique(tableName));
        nextRow = 0;
        widths = new int[0];
        sampledRows = 0;
        writeHeaderRow(tableHeader);
        sheet.createFreezePane(0, 1);
    }

    private void finishSheet() {
        if (sheet == null) {
            return;
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                int chars = Math.min(MAX_COLUMN_CHARS, Math.max(6, widths[i] + 1));
                sheet.setColumnWidth(i, chars * 256);
            }
        }
        if (headerRow >= 0 && headerColumns > 0) {
            int lastRow = Math.max(headerRow, nextRow - 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, headerColumns - 1));
        }
        sheet = null;
    }

    private void requireSheet() {
        if (sheet == null) {
            throw new IllegalStateException("startTable or startSheet must come before writing rows");
        }
    }

    private void setCell(Cell cell, Object value) {
        if (value instanceof String s) {
            setText(cell, s);
        } else if (value instanceof BigDecimal d) {
            setDecimal(cell, d);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            cell.setCellValue(((Number) value).longValue());
            cell.setCellStyle(integerStyle);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                cell.setCellValue(d);
            }
        } else if (value instanceof Percent p) {
            if (Double.isFinite(p.fraction())) {
                cell.setCellValue(p.fraction());
                cell.setCellStyle(percentStyle);
            }
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateTimeStyle);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            setText(cell, value.toString());
        }
    }

    /** A text cell; formula-like text ({@link FormulaGuard}) is kept as is and marked quote-prefixed. */
    private void setText(Cell cell, String text) {
        cell.setCellValue(truncate(text));
        if (FormulaGuard.isDangerous(text)) {
            cell.setCellStyle(quotedTextStyle);
        }
    }

    private void setDecimal(Cell cell, BigDecimal d) {
        if (d.stripTrailingZeros().precision() > MAX_EXACT_DIGITS) {
            // more digits than a double holds: keep it exact, as text
            cell.setCellValue(d.toPlainString());
            return;
        }
        cell.setCellValue(d.doubleValue());
        cell.setCellStyle(d.scale() <= 2 ? moneyStyle : decimalStyle);
    }

    private static String truncate(String s) {
        return s.length() <= MAX_TEXT_LENGTH ? s : s.substring(0, MAX_TEXT_LENGTH);
    }

    private void widen(int column, int chars) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
        }
        widths[column] = Math.max(widths[column], chars);
    }

    /** Roughly how many character widths the value takes on screen; CJK characters count two. */
    static int displayLength(Object value) {
        if (value instanceof LocalDate) {
            return 10;
        }
        if (value instanceof LocalDateTime) {
            return 19;
        }
        if (value instanceof Percent) {
            return 7;
        }
        String text = value instanceof BigDecimal d ? d.setScale(Math.max(2, d.scale())).toPlainString()
                : value.toString();
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            length += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        if (value instanceof Number) {
            length += length / 3; // thousands separators
        }
        return length;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F);
    }

    /** Drops the workbook without writing anything (a cancelled or failed export). */
    public void abort() {
        if (closed) {
            return;
        }
        closed = true;
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            // nothing was written; the temp files are already gone
        }
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // the caller drops the stream's target anyway
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            finishSheet();
            if (workbook.getNumberOfSheets() == 0) {
                workbook.createSheet("Sheet");
            }
            try (OutputStream out = stream != null ? stream : Files.newOutputStream(path)) {
                workbook.write(out);
            }
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
