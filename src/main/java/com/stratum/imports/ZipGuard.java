package com.stratum.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Guards against zip bombs in .xlsx files. {@link #check} looks at the declared sizes before
 * anything inflates: an entry that expands more than {@link #MAX_RATIO} times, or more than
 * {@link #MAX_TOTAL_BYTES} in all, a damaged zip, or a zip that is not a workbook is refused.
 * Declared sizes can lie, so the bytes actually inflated are counted too: every part is read
 * through {@link #limit}, which stops at the first byte past the same rule. Same rule as POI's
 * ZipSecureFile (minimum inflate ratio 0.01).
 */
final class ZipGuard {

    /** POI's default: an entry may expand at most 100 times. */
    static final double MAX_RATIO = 100;
    /** Entries smaller than this are not checked for ratio (tiny XML parts compress very well). */
    static final long RATIO_GRACE_BYTES = 1L << 20;
    /** Sheet XML of 1,048,576 rows x a few dozen columns stays well below this. */
    static final long MAX_TOTAL_BYTES = 8L << 30;
    static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    static void check(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            int entries = 0;
            boolean contentTypes = false;
            boolean workbook = false;
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw bomb(name);
                }
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size > RATIO_GRACE_BYTES && packed >= 0 && size > packed * MAX_RATIO) {
                    throw bomb(name);
                }
                if (size > 0) {
                    total += size;
                }
                if (total > MAX_TOTAL_BYTES) {
                    throw bomb(name);
                }
                String n = e.getName();
                contentTypes |= n.equals("[Content_Types].xml");
                // the workbook part is usually xl/workbook.xml; the package relationships may name another
                workbook |= n.equals("_rels/.rels") || n.equals("xl/workbook.xml") || n.endsWith("/workbook.xml");
            }
            if (!contentTypes || !workbook) {
                throw ImportException.of("import.zip.notWorkbook", name);
            }
        } catch (ZipException e) {
            throw ImportException.of(e, "import.zip.damaged", name);
        } catch (IOException e) {
            throw ImportException.of(e, "import.file.unreadable", name, SpreadsheetSources.describe(e));
        }
    }

    /** The most an entry of {@code compressed} bytes may inflate to. */
    static long allowedBytes(long compressed) {
        long byRatio = compressed < 0 ? MAX_TOTAL_BYTES : (long) Math.min(MAX_TOTAL_BYTES, compressed * MAX_RATIO);
        return Math.max(RATIO_GRACE_BYTES, byRatio);
    }

    /** Wraps an inflating stream of an entry: reading past {@link #allowedBytes} fails as a zip bomb. */
    static InputStream limit(InputStream inflating, long compressed, String fileName) {
        long cap = allowedBytes(compressed);
        return new FilterInputStream(inflating) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && ++count > cap) {
                    throw bomb(fileName);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0 && (count += n) > cap) {
                    throw bomb(fileName);
                }
                return n;
            }
        };
    }

    private static ImportException bomb(String name) {
        return ImportException.of("import.zip.bomb", name);
    }
}
