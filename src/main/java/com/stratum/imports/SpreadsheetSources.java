package com.stratum.imports;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a spreadsheet file by what its bytes are, not only by its name: a zip is read as .xlsx,
 * an OLE2 container as .xls (or refused as a password-protected .xlsx), text as CSV. Damaged,
 * encrypted and non-spreadsheet files get an {@link ImportException} naming the file.
 */
public final class SpreadsheetSources {

    static {
        PoiLogging.quiet();
    }

    private SpreadsheetSources() {
    }

    /** Opens {@code file}; {@code encoding} overrides the detected encoding of a CSV file (or null). */
    public static SpreadsheetSource open(Path file, String encoding) {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw ImportException.of("import.file.missing", name, file.toAbsolutePath());
        }
        if (Files.isDirectory(file)) {
            throw ImportException.of("import.file.folder", name);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw ImportException.of(e, "import.file.missing", name, file.toAbsolutePath());
        } catch (IOException e) {
            throw ImportException.of(e, "import.file.unreadable", name, describe(e));
        }
        String ext = extension(name);
        if (head.length == 0) {
            throw ImportException.of("import.file.empty", name);
        }
        try {
            if (isZip(head)) {
                ZipGuard.check(file);
                return new XlsxSource(file);
            }
            if (isOle2(head)) {
                return openOle2(file);
            }
            if (ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls")) {
                throw ImportException.of("import.file.notExcel", name);
            }
            if (ext.equals("csv") || ext.equals("tsv") || ext.equals("txt")) {
                TextSniffer.requireText(file);
                return new CsvSource(file, encoding);
            }
            throw ImportException.of("import.file.unsupported", name);
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ImportException.of(e, "import.file.damaged", name, describe(e));
        }
    }

    private static SpreadsheetSource openOle2(Path file) throws IOException {
        String name = file.getFileName().toString();
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw ImportException.of("import.file.encrypted", name);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw ImportException.of("import.file.officeNotExcel", name);
            }
            return new XlsSource(file, fs);
        } catch (EncryptedDocumentException e) {
            fs.close();
            throw ImportException.of(e, "import.file.encrypted", name);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    static boolean isOle2(byte[] h) {
        return h.length >= 8 && (h[0] & 0xFF) == 0xD0 && (h[1] & 0xFF) == 0xCF && (h[2] & 0xFF) == 0x11
                && (h[3] & 0xFF) == 0xE0 && (h[4] & 0xFF) == 0xA1 && (h[5] & 0xFF) == 0xB1
                && (h[6] & 0xFF) == 0x1A && (h[7] & 0xFF) == 0xE1;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
