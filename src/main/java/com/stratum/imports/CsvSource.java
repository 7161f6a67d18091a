package com.stratum.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A .csv, .tsv or .txt file: one sheet named after the file, encoding and delimiter detected. */
final class CsvSource implements SpreadsheetSource {

    private final Path file;
    private final CsvEncoding encoding;
    private final char delimiter;

    CsvSource(Path file, String encodingOverride) throws IOException {
        this.file = file;
        this.encoding = CsvEncoding.detect(file, encodingOverride);
        this.delimiter = detectDelimiter();
    }

    CsvEncoding encoding() {
        return encoding;
    }

    char delimiter() {
        return delimiter;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> sheetNames() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return List.of(dot > 0 ? name.substring(0, dot) : name);
    }

    @Override
    public SheetReader openSheet(String sheet) throws IOException {
        resolveSheet(sheet);
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
        return new CsvSheetReader(file, openReader(counted), encoding.charset().name(), delimiter, counted,
                Files.size(file));
    }

    private Reader openReader(CountingInputStream in) throws IOException {
        long skipped = in.skip(encoding.bomLength());
        if (skipped != encoding.bomLength()) {
            in.close();
            throw ImportException.of("import.csv.truncated", file.getFileName());
        }
        CharsetDecoder dec = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, dec);
    }

    /**
     * Picks the delimiter that splits the first lines into the same number of fields most often;
     * a .tsv file prefers tabs.
     */
    private char detectDelimiter() throws IOException {
        char[] candidates = {',', ';', '\t', '|'};
        String ext = file.getFileName().toString().toLowerCase(Locale.ROOT);
        char[] buf = new char[64 * 1024];
        int n;
        try (Reader r = new InputStreamReader(skipBom(Files.newInputStream(file)), encoding.charset())) {
            n = r.read(buf);
        }
        if (n <= 0) {
            return ext.endsWith(".tsv") ? '\t' : ',';
        }
        String text = new String(buf, 0, n);
        String[] lines = text.split("\r\n|\n|\r", -1);
        int limit = Math.min(lines.length - (n == buf.length ? 1 : 0), 30);
        char best = ext.endsWith(".tsv") ? '\t' : ',';
        double bestScore = 0;
        for (char c : candidates) {
            int[] counts = new int[Math.max(limit, 0)];
            int nonEmpty = 0;
            for (int i = 0; i < limit; i++) {
                if (lines[i].isBlank()) {
                    counts[i] = -1;
                    continue;
                }
                counts[i] = countOutsideQuotes(lines[i], c);
                nonEmpty++;
            }
            if (nonEmpty == 0) {
                continue;
            }
            // the mode of the counts, and how many lines have it
            int mode = 0;
            int modeFreq = 0;
            for (int i = 0; i < limit; i++) {
                if (counts[i] <= 0) {
                    continue;
                }
                int f = 0;
                for (int j = 0; j < limit; j++) {
                    if (counts[j] == counts[i]) {
                        f++;
                    }
                }
                if (f > modeFreq || (f == modeFreq && counts[i] > mode)) {
                    mode = counts[i];
                    modeFreq = f;
                }
            }
            double score = modeFreq * 1000.0 / nonEmpty + mode;
            if (ext.endsWith(".tsv") && c == '\t') {
                score += 0.5;
            }
            if (mode > 0 && score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (bestScore == 0 && splitsOnWhitespace(lines, limit)) {
            return CsvSheetReader.WHITESPACE;
        }
        return best;
    }

    /**
     * Columns lined up with runs of spaces (CDNOW_master.txt: {@code " 00001 19970101  1   11.77"}):
     * taken when no delimiter character splits the lines and every non-blank line has the same
     * number (two or more) of space-separated fields.
     */
    private static boolean splitsOnWhitespace(String[] lines, int limit) {
        int fields = -1;
        for (int i = 0; i < limit; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            int n = l.split("[ \\t]+").length;
            if (n < 2 || (fields >= 0 && n != fields)) {
                return false;
            }
            fields = n;
        }
        return fields >= 2;
    }

    private InputStream skipBom(InputStream in) throws IOException {
        long skipped = in.skip(encoding.bomLength());
        assert skipped == encoding.bomLength();
        return in;
    }

    private static int countOutsideQuotes(String line, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() {
        // nothing held open between sheet readers
    }
}
