package com.stratum.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/**
 * RFC 4180 CSV parsing over a character stream: quoted fields with doubled quotes and line
 * breaks inside, CR, LF or CRLF line ends. Row numbers count records (a quoted line break does
 * not start a new row). Fields are strings; an empty field is null.
 */
final class CsvSheetReader extends BufferedSheetReader {

    /** The "delimiter" of columns lined up with runs of spaces or tabs. */
    static final char WHITESPACE = ' ';

    /** A field longer than this means a wrong delimiter or an unclosed quote, not data. */
    static final int MAX_FIELD_CHARS = 1 << 20;
    /** Excel's column limit. */
    static final int MAX_FIELDS = 16_384;

    private final Path file;
    private final Reader in;
    private final char delimiter;
    /** The encoding the text was read in, detected or chosen: named when the bytes do not fit it. */
    private final String encodingName;
    private final CountingInputStream counter;
    private final long totalBytes;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;

    private final StringBuilder field = new StringBuilder(64);

    CsvSheetReader(Path file, Reader in, String encodingName, char delimiter, CountingInputStream counter,
                   long totalBytes) {
        this.file = file;
        this.encodingName = encodingName;
        this.in = in;
        this.delimiter = delimiter;
        this.counter = counter;
        this.totalBytes = totalBytes;
    }

    @Override
    public boolean next() throws IOException {
        if (eof && pos >= len) {
            return false;
        }
        startRow(rowNumber() + 1, 0);
        try {
            return readRecord();
        } catch (CharacterCodingException e) {
            throw ImportException.of(e, "import.csv.encoding", file.getFileName(), rowNumber(), encodingName);
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
            len = 0;
            eof = true;
            return false;
        }
        return true;
    }

    /** Reads one record; false when the input ended before any character of it. */
    private boolean readRecord() throws IOException {
        field.setLength(0);
        boolean any = false;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (pos >= len && !fill()) {
                if (!any) {
                    return false;
                }
                if (quoted) {
                    throw ImportException.of("import.csv.unclosedQuote", file.getFileName(), rowNumber());
                }
                endLastField(wasQuoted);
                return true;
            }
            char c = buf[pos++];
            any = true;
            if (field.length() >= MAX_FIELD_CHARS) {
                throw ImportException.of("import.csv.fieldTooLong", file.getFileName(), rowNumber(), MAX_FIELD_CHARS);
            }
            if (quoted) {
                if (c == '"') {
                    if (pos >= len) {
                        fill();
                    }
                    if (pos < len && buf[pos] == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
                continue;
            }
            boolean spaced = delimiter == WHITESPACE && (c == ' ' || c == '\t');
            if (spaced) {
                // a run of spaces is one delimiter; leading and trailing spaces delimit nothing
                if (field.length() > 0 || wasQuoted) {
                    endField(wasQuoted);
                    wasQuoted = false;
                }
            } else if (c == delimiter) {
                endField(wasQuoted);
                wasQuoted = false;
            } else if (c == '\n') {
                endLastField(wasQuoted);
                return true;
            } else if (c == '\r') {
                if (pos >= len) {
                    fill();
                }
                if (pos < len && buf[pos] == '\n') {
                    pos++;
                }
                endLastField(wasQuoted);
                return true;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
    }

    /** Ends the record's last field; with {@link #WHITESPACE} trailing spaces leave no empty field. */
    private void endLastField(boolean wasQuoted) {
        if (delimiter != WHITESPACE || field.length() > 0 || wasQuoted || cellCount() == 0) {
            endField(wasQuoted);
        }
    }

    private void endField(boolean wasQuoted) {
        if (cellCount() >= MAX_FIELDS) {
            throw ImportException.of("import.csv.tooManyFields", file.getFileName(), rowNumber(), MAX_FIELDS);
        }
        String v;
        if (field.length() == 0) {
            v = null;
        } else {
            v = field.toString();
            if (!wasQuoted) {
                v = v.strip();
                if (v.isEmpty()) {
                    v = null;
                }
            }
        }
        append(v);
        field.setLength(0);
    }

    @Override
    public double progress() {
        return totalBytes <= 0 ? -1 : Math.min(1.0, counter.count() / (double) totalBytes);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
