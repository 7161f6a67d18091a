package com.stratum.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One table as RFC 4180 csv. By default UTF-8 with a byte order mark (so Excel opens Chinese text
 * correctly) and CRLF line ends; fields holding a comma, quote, CR or LF are quoted, quotes doubled.
 * Money (BigDecimal) is written exactly with toPlainString, dates as ISO, null as an empty field.
 */
public final class CsvTableWriter implements TableWriter {

    public static final String CRLF = "\r\n";
    public static final String LF = "\n";

    private final Writer out;
    private final String lineEnd;
    private int columns = -1;

    /** UTF-8 with BOM and CRLF line ends: the form Excel opens correctly on every platform. */
    public CsvTableWriter(Path path) throws IOException {
        this(Files.newOutputStream(path), StandardCharsets.UTF_8, true, CRLF);
    }

    /**
     * @param bom write a UTF-8 byte order mark first; only allowed with UTF-8
     * @param lineEnd {@link #CRLF} or {@link #LF}, used for every line
     */
    public CsvTableWriter(OutputStream stream, Charset charset, boolean bom, String lineEnd) throws IOException {
        if (bom && !StandardCharsets.UTF_8.equals(charset)) {
            throw new IllegalArgumentException("A byte order mark is written only for UTF-8, not " + charset);
        }
        if (!CRLF.equals(lineEnd) && !LF.equals(lineEnd)) {
            throw new IllegalArgumentException("Line end must be CRLF or LF");
        }
        this.out = new BufferedWriter(new OutputStreamWriter(stream, charset), 1 << 16);
        this.lineEnd = lineEnd;
        if (bom) {
            out.write('\uFEFF');
        }
    }

    @Override
    public void startTable(String name, List<String> header) throws IOException {
        if (columns >= 0) {
            throw new IllegalStateException("A csv file holds one table; \"" + name + "\" needs another file");
        }
        columns = header.size();
        writeLine(header.toArray());
    }

    @Override
    public void writeRow(Object... cells) throws IOException {
        if (columns < 0) {
            throw new IllegalStateException("startTable must come before writeRow");
        }
        if (cells.length != columns) {
            throw new IllegalArgumentException("Row has " + cells.length + " cells, the header has " + columns);
        }
        writeLine(cells);
    }

    private void writeLine(Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(CellText.of(cells[i]));
        }
        out.write(lineEnd);
    }

    private void writeField(String text) throws IOException {
        if (!needsQuotes(text)) {
            out.write(text);
            return;
        }
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
