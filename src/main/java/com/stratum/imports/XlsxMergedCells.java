package com.stratum.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code <mergeCell ref="C1:D1"/>} entries of one sheet of an .xlsx. The sheet reader stops at the
 * end of the rows and these sit after them, so this scans the sheet's XML bytes once on its own;
 * the import asks only when the header row has empty cells (a merged header leaves them empty).
 */
final class XlsxMergedCells {

    private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REF = Pattern.compile("\\bref\\s*=\\s*\"([^\"]*)\"");
    private static final int MAX_TAG_BYTES = 1024;

    private XlsxMergedCells() {
    }

    /** The merged regions starting at or above {@code maxFirstRow}; empty when the sheet has none or is unreadable. */
    static List<MergedRegion> read(Path file, String sheetEntry, long maxFirstRow) {
        List<MergedRegion> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(sheetEntry);
            if (e == null) {
                return out;
            }
            try (InputStream in = new BufferedInputStream(
                    ZipGuard.limit(zip.getInputStream(e), e.getCompressedSize(), file.getFileName().toString()), 1 << 16)) {
                scan(in, maxFirstRow, out);
            }
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof ImportException) {
                throw (ImportException) ex;
            }
            return out;
        }
        return out;
    }

    private static void scan(InputStream in, long maxFirstRow, List<MergedRegion> out) throws IOException {
        int matched = 0;
        int prev = -1;
        int b;
        while ((b = in.read()) >= 0) {
            if (matched > 0 && b == TAG[matched]) {
                matched++;
            } else {
                // the tag name starts right after '<' or a namespace prefix's ':'
                matched = b == TAG[0] && (prev == '<' || prev == ':') ? 1 : 0;
            }
            prev = b;
            if (matched == TAG.length) {
                matched = 0;
                int next = in.read();
                prev = next;
                if (next == ' ' || next == '\t' || next == '\n' || next == '\r') {
                    Matcher m = REF.matcher(readTag(in));
                    if (m.find()) {
                        MergedRegion r = MergedRegion.parse(m.group(1));
                        if (r != null && r.firstRow() <= maxFirstRow) {
                            out.add(r);
                        }
                    }
                    prev = '>';
                }
            }
        }
    }

    private static String readTag(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '>' && sb.length() < MAX_TAG_BYTES) {
            sb.append((char) b);
        }
        return sb.toString();
    }
}
