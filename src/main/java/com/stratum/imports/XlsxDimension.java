package com.stratum.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The last row of a sheet as its {@code <dimension ref="A1:H541910"/>} declares it, for a progress
 * fraction while streaming. Only small parts are read (workbook.xml, its relations, the first bytes
 * of the sheet). Returns -1 when anything is missing: progress is then shown as rows read only.
 */
final class XlsxDimension {

    private static final int HEAD_BYTES = 4096;
    private static final int SMALL_PART_BYTES = 4 << 20;
    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern RID = Pattern.compile("\\br:id=\"([^\"]*)\"|\\b\\w+:id=\"([^\"]*)\"");
    private static final Pattern REL = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern REF = Pattern.compile("<(?:\\w+:)?dimension\\s+ref=\"[A-Z]*\\d*:?[A-Z]*(\\d+)\"");

    private XlsxDimension() {
    }

    static long lastRow(Path file, String sheetName) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String path = sheetPath(zip, sheetName);
            String head = path == null ? null : read(zip, path, HEAD_BYTES);
            if (head == null) {
                return -1;
            }
            Matcher d = REF.matcher(head);
            return d.find() ? Long.parseLong(d.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The zip entry holding a sheet's XML, from workbook.xml and its relations; null when not found. */
    static String sheetPath(ZipFile zip, String sheetName) throws IOException {
        String workbook = read(zip, "xl/workbook.xml", SMALL_PART_BYTES);
        String rels = read(zip, "xl/_rels/workbook.xml.rels", SMALL_PART_BYTES);
        if (workbook == null || rels == null) {
            return null;
        }
        String rid = null;
        Matcher m = SHEET.matcher(workbook);
        while (m.find()) {
            String tag = m.group();
            Matcher n = NAME.matcher(tag);
            if (n.find() && unescape(n.group(1)).equals(sheetName)) {
                Matcher r = RID.matcher(tag);
                if (r.find()) {
                    rid = r.group(1) != null ? r.group(1) : r.group(2);
                }
                break;
            }
        }
        if (rid == null) {
            return null;
        }
        String target = null;
        Matcher rel = REL.matcher(rels);
        while (rel.find()) {
            String tag = rel.group();
            if (tag.contains("Id=\"" + rid + "\"")) {
                Matcher t = Pattern.compile("Target=\"([^\"]*)\"").matcher(tag);
                if (t.find()) {
                    target = t.group(1);
                }
                break;
            }
        }
        if (target == null) {
            return null;
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static String read(ZipFile zip, String name, int max) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readNBytes(max), StandardCharsets.UTF_8);
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
