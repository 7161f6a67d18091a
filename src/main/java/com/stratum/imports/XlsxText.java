package com.stratum.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as SpreadsheetML stores it: a shared string or an inline string is one {@code <t>} or a run
 * of {@code <r><t>} pieces; phonetic guides ({@code <rPh>}, furigana over Japanese text) are not
 * part of the value. Characters XML cannot hold are written {@code _x000D_}; they are decoded.
 */
final class XlsxText {

    private static final byte[] SI = "si".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] T = "t".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RPH = "rPh".getBytes(StandardCharsets.US_ASCII);
    /** A lying count must not allocate gigabytes before a single string is read. */
    private static final int MAX_PRESIZE = 1 << 20;
    private static final byte[] COUNT = "uniqueCount".getBytes(StandardCharsets.US_ASCII);

    private XlsxText() {
    }

    /** Reads a shared strings part; closes the scanner. */
    static String[] readSharedStrings(XmlScanner x) throws IOException {
        try (x) {
            List<String> out = null;
            while (x.next()) {
                if (out == null && !x.isEndTag() && x.attribute(COUNT) >= 0) {
                    out = new ArrayList<>(Math.min(MAX_PRESIZE, Math.max(16, x.attributeInt(x.attribute(COUNT)))));
                }
                if (x.isStart(SI)) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(x.isEmptyElement() ? "" : readRichText(x, SI));
                }
            }
            return out == null ? new String[0] : out.toArray(new String[0]);
        }
    }

    /**
     * After the start tag of {@code element} ({@code si} or {@code is}): the text of its
     * {@code <t>} pieces outside phonetic runs, up to the element's end tag.
     */
    static String readRichText(XmlScanner x, byte[] element) throws IOException {
        x.clearText();
        int phonetic = 0;
        while (x.next()) {
            if (x.isEnd(element)) {
                return decode(x.text());
            }
            if (x.isStart(RPH)) {
                phonetic += x.isEmptyElement() ? 0 : 1;
            } else if (x.isEnd(RPH)) {
                phonetic--;
            } else if (phonetic == 0 && x.isStart(T) && !x.isEmptyElement()) {
                x.appendText();
            }
        }
        throw x.malformed("the part ends inside a string");
    }

    /** Decodes {@code _xHHHH_} escapes (as Excel writes a carriage return: {@code _x000D_}). */
    static String decode(String s) {
        int i = s.indexOf("_x");
        if (i < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (i >= 0) {
            if (i + 7 <= s.length() && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                out.append(s, from, i).append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                from = i + 7;
                i = s.indexOf("_x", from);
            } else {
                i = s.indexOf("_x", i + 1);
            }
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
