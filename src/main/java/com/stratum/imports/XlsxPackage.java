package com.stratum.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of an .xlsx package that reading cells needs: the workbook (its sheets in order and
 * the 1904 date flag), found through the package relationships as the standard says (not by a
 * fixed path), and, on demand, the shared strings and which cell styles show dates. Transitional
 * and Strict OOXML are both read: relationship types are matched by their last segment.
 * Every part is inflated through {@link ZipGuard#limit}, so a lying zip cannot blow up here.
 */
final class XlsxPackage implements Closeable {

    private static final byte[] RELATIONSHIP = bytes("Relationship");
    private static final byte[] ID = bytes("Id");
    private static final byte[] TYPE = bytes("Type");
    private static final byte[] TARGET = bytes("Target");
    private static final byte[] TARGET_MODE = bytes("TargetMode");
    private static final byte[] EXTERNAL = bytes("External");
    private static final byte[] SHEET = bytes("sheet");
    private static final byte[] NAME = bytes("name");
    private static final byte[] R_ID = bytes("id");
    private static final byte[] WORKBOOK = bytes("workbook");
    private static final byte[] WORKBOOK_PR = bytes("workbookPr");
    private static final byte[] DATE_1904 = bytes("date1904");
    private static final byte[] NUM_FMT = bytes("numFmt");
    private static final byte[] NUM_FMT_ID = bytes("numFmtId");
    private static final byte[] FORMAT_CODE = bytes("formatCode");
    private static final byte[] CELL_XFS = bytes("cellXfs");
    private static final byte[] XF = bytes("xf");
    private static final byte[] DXFS = bytes("dxfs");
    /** Small parts (workbook, relationships, styles) larger than this are not a spreadsheet's. */
    private static final long SMALL_PART_TEXT = 64L << 20;

    /** A worksheet: its name as the user sees it and the zip entry of its XML. */
    record SheetPart(String name, String entry) {
    }

    private final Path file;
    private final ZipFile zip;
    private final List<SheetPart> sheets = new ArrayList<>();
    private final boolean date1904;
    private final String sharedStringsEntry;
    private final String stylesEntry;
    private String[] sharedStrings;
    private boolean[] dateStyles;

    XlsxPackage(Path file) throws IOException {
        this.file = file;
        this.zip = new ZipFile(file.toFile());
        try {
            String workbook = officeDocument();
            Map<String, Rel> rels = relationships(relsOf(workbook), folderOf(workbook));
            boolean d1904 = false;
            try (XmlScanner x = scanner(workbook)) {
                if (!x.next() || !x.isStart(WORKBOOK)) {
                    // a Word or PowerPoint file is a zip package too
                    throw ImportException.of("import.zip.notWorkbook", file.getFileName());
                }
                while (x.next()) {
                    if (x.isStart(WORKBOOK_PR)) {
                        String v = x.attributeValue(x.attribute(DATE_1904));
                        d1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                    } else if (x.isStart(SHEET)) {
                        String name = x.attributeValue(x.attribute(NAME));
                        Rel rel = rels.get(x.attributeValue(x.attribute(R_ID)));
                        if (name != null && rel != null && !rel.type.endsWith("/chartsheet")
                                && !rel.type.endsWith("/dialogsheet") && !rel.type.endsWith("/macrosheet")) {
                            sheets.add(new SheetPart(name, rel.entry));
                        }
                    }
                }
            }
            this.date1904 = d1904;
            this.sharedStringsEntry = entryOfType(rels, "/sharedStrings");
            this.stylesEntry = entryOfType(rels, "/styles");
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    List<SheetPart> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    /** The sheet's XML, inflated through the zip guard; the caller closes it. */
    InputStream open(String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new IOException("the part " + entry + " is missing");
        }
        return ZipGuard.limit(zip.getInputStream(e), e.getCompressedSize(), file.getFileName().toString());
    }

    /** Declared inflated size of a part, or -1. */
    long size(String entry) {
        ZipEntry e = zip.getEntry(entry);
        return e == null ? -1 : e.getSize();
    }

    /** The shared string table (read once); empty when the workbook has none. */
    String[] sharedStrings() throws IOException {
        if (sharedStrings == null) {
            sharedStrings = sharedStringsEntry == null || zip.getEntry(sharedStringsEntry) == null
                    ? new String[0] : XlsxText.readSharedStrings(scanner(sharedStringsEntry, XlsxSheetReader.MAX_CELL_TEXT_BYTES));
        }
        return sharedStrings;
    }

    /** For each cell style index (the {@code s} attribute), whether its number format shows a date. */
    boolean[] dateStyles() throws IOException {
        if (dateStyles == null) {
            dateStyles = stylesEntry == null || zip.getEntry(stylesEntry) == null ? new boolean[0] : readDateStyles();
        }
        return dateStyles;
    }

    private boolean[] readDateStyles() throws IOException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        try (XmlScanner x = scanner(stylesEntry)) {
            boolean inCellXfs = false;
            boolean inDxfs = false;
            while (x.next()) {
                if (x.isStart(DXFS)) {
                    inDxfs = !x.isEmptyElement();
                } else if (x.isEnd(DXFS)) {
                    inDxfs = false;
                } else if (x.isStart(NUM_FMT) && !inDxfs) {
                    // a conditional format's numFmt (in <dxfs>) may reuse an id; cells use the <numFmts> one
                    int id = x.attributeInt(x.attribute(NUM_FMT_ID));
                    if (id >= 0) {
                        formats.put(id, x.attributeValue(x.attribute(FORMAT_CODE)));
                    }
                } else if (x.isStart(CELL_XFS)) {
                    inCellXfs = !x.isEmptyElement();
                } else if (x.isEnd(CELL_XFS)) {
                    inCellXfs = false;
                } else if (inCellXfs && x.isStart(XF)) {
                    xfFormats.add(Math.max(0, x.attributeInt(x.attribute(NUM_FMT_ID))));
                }
            }
        }
        boolean[] out = new boolean[xfFormats.size()];
        Map<Integer, Boolean> known = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            int id = xfFormats.get(i);
            out[i] = known.computeIfAbsent(id, k -> ExcelDates.isDateFormat(k, formats.get(k)));
        }
        return out;
    }

    private record Rel(String type, String entry) {
    }

    /** The main workbook part named by the package relationships, or the usual path. */
    private String officeDocument() throws IOException {
        String fallback = "xl/workbook.xml";
        if (zip.getEntry("_rels/.rels") != null) {
            for (Rel r : relationships("_rels/.rels", "").values()) {
                if (r.type.endsWith("/officeDocument") && zip.getEntry(r.entry) != null) {
                    return r.entry;
                }
            }
        }
        if (zip.getEntry(fallback) == null) {
            throw new IOException("the workbook part is missing");
        }
        return fallback;
    }

    private Map<String, Rel> relationships(String relsEntry, String baseFolder) throws IOException {
        Map<String, Rel> out = new LinkedHashMap<>();
        if (zip.getEntry(relsEntry) == null) {
            return out;
        }
        try (XmlScanner x = scanner(relsEntry)) {
            while (x.next()) {
                if (x.isStart(RELATIONSHIP) && !x.attributeIs(x.attribute(TARGET_MODE), EXTERNAL)) {
                    String id = x.attributeValue(x.attribute(ID));
                    String type = x.attributeValue(x.attribute(TYPE));
                    String target = x.attributeValue(x.attribute(TARGET));
                    if (id != null && target != null) {
                        out.put(id, new Rel(type == null ? "" : type, resolve(baseFolder, target)));
                    }
                }
            }
        }
        return out;
    }

    private static String entryOfType(Map<String, Rel> rels, String typeSuffix) {
        for (Rel r : rels.values()) {
            if (r.type.endsWith(typeSuffix)) {
                return r.entry;
            }
        }
        return null;
    }

    /** A relationship target resolved against the folder of its source part, as a zip entry name. */
    static String resolve(String baseFolder, String target) {
        String t = target.replace('\\', '/');
        String path = t.startsWith("/") ? t.substring(1) : baseFolder + t;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static String folderOf(String entry) {
        int slash = entry.lastIndexOf('/');
        return slash < 0 ? "" : entry.substring(0, slash + 1);
    }

    private static String relsOf(String entry) {
        return folderOf(entry) + "_rels/" + entry.substring(entry.lastIndexOf('/') + 1) + ".rels";
    }

    private XmlScanner scanner(String entry) throws IOException {
        return scanner(entry, SMALL_PART_TEXT);
    }

    private XmlScanner scanner(String entry, long maxText) throws IOException {
        return new XmlScanner(open(entry), entry, maxText);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
