package com.stratum.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A pull scanner over UTF-8 XML bytes, made for the parts of an .xlsx package: tags with their
 * attributes, and the text of an element. Names are compared as bytes without their namespace
 * prefix ({@code x:row} and {@code row} are the same), so no String is made for a tag or an
 * attribute; text becomes a String only when asked for.
 *
 * <p>It reads what SpreadsheetML writers produce, not all of XML: no DTD processing (a
 * {@code <!DOCTYPE>} is skipped, so entities cannot expand: no XXE, no billion laughs), the five
 * predefined entities and character references are decoded, CDATA sections are text, comments and
 * processing instructions are skipped. Input that ends inside a tag, or text and tags that are not
 * XML, fail with an {@link IOException} naming the part and the byte offset.
 */
final class XmlScanner implements java.io.Closeable {

    /** Longest tag accepted: SpreadsheetML tags are short; a megabyte without '>' is not XML. */
    private static final int MAX_TAG_BYTES = 1 << 20;
    private static final int MAX_ATTRIBUTES = 256;
    private static final byte[] CDATA_OPEN = {'<', '!', '[', 'C', 'D', 'A', 'T', 'A', '['};
    private static final byte[] COMMENT_OPEN = {'<', '!', '-', '-'};

    private final InputStream in;
    private final String part;
    private final byte[] buf;
    private int pos;
    private int lim;
    private long consumedBefore;

    /** The current tag's bytes: a range of the input buffer, or of {@link #spill} when it crossed a refill. */
    private byte[] tag;
    private int tagStart;
    private int tagEnd;
    private byte[] spill = new byte[256];
    private int spillLen;
    private int nameStart;
    private int nameEnd;
    private boolean end;
    private boolean empty;
    private int attrCount;
    private final int[] attrName = new int[MAX_ATTRIBUTES * 2];
    private final int[] attrValue = new int[MAX_ATTRIBUTES * 2];

    private byte[] text = new byte[256];
    private int textLen;
    private final long maxTextBytes;

    XmlScanner(InputStream in, String part, long maxTextBytes) {
        this.in = in;
        this.part = part;
        this.buf = new byte[1 << 16];
        this.maxTextBytes = maxTextBytes;
    }

    /** Bytes of the part consumed so far. */
    long position() {
        return consumedBefore + pos;
    }

    /**
     * Moves to the next start or end tag, skipping text, comments, processing instructions and
     * declarations. Returns false at the end of the input.
     */
    boolean next() throws IOException {
        while (true) {
            while (pos < lim) {
                if (buf[pos++] == '<' && readMarkup()) {
                    return true;
                }
            }
            if (!fill()) {
                return false;
            }
        }
    }

    /** True at a start tag (or an empty-element tag) whose local name is {@code name}. */
    boolean isStart(byte[] name) {
        return !end && nameIs(name);
    }

    /** True at an end tag whose local name is {@code name}. */
    boolean isEnd(byte[] name) {
        return end && nameIs(name);
    }

    /** True when the current tag is an end tag. */
    boolean isEndTag() {
        return end;
    }

    /** True when the current start tag closes itself ({@code <c r="A1"/>}): it has no content. */
    boolean isEmptyElement() {
        return empty;
    }

    private boolean nameIs(byte[] name) {
        return equalsRange(name, nameStart, nameEnd);
    }

    private boolean equalsRange(byte[] name, int from, int to) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (tag[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index of the attribute with local name {@code name} on the current tag, or -1. */
    int attribute(byte[] name) {
        for (int i = 0; i < attrCount; i++) {
            if (equalsRange(name, attrName[2 * i], attrName[2 * i + 1])) {
                return i;
            }
        }
        return -1;
    }

    /** The decoded value of attribute {@code index}, or null when the index is -1. */
    String attributeValue(int index) throws IOException {
        if (index < 0) {
            return null;
        }
        int from = attrValue[2 * index];
        int to = attrValue[2 * index + 1];
        textLen = 0;
        decodeInto(tag, from, to);
        return new String(text, 0, textLen, StandardCharsets.UTF_8);
    }

    /** The attribute's value as a non-negative int, or -1 when absent or not a plain number. */
    int attributeInt(int index) {
        if (index < 0) {
            return -1;
        }
        long v = 0;
        int from = attrValue[2 * index];
        int to = attrValue[2 * index + 1];
        if (from == to || to - from > 10) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            int d = tag[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    /** Whether attribute {@code index} equals {@code value} byte for byte. */
    boolean attributeIs(int index, byte[] value) {
        return index >= 0 && equalsRange(value, attrValue[2 * index], attrValue[2 * index + 1]);
    }

    /** The raw (undecoded) bytes of attribute {@code index}: {@code [from, to)} in {@link #tagBytes}. */
    int attributeFrom(int index) {
        return attrValue[2 * index];
    }

    int attributeTo(int index) {
        return attrValue[2 * index + 1];
    }

    byte[] tagBytes() {
        return tag;
    }

    /**
     * Reads the text up to the next tag and appends it, decoded, to the text buffer (see
     * {@link #clearText}, {@link #text}). Call after a start tag; the next {@link #next} then
     * returns the tag that ended the text.
     */
    void appendText() throws IOException {
        while (true) {
            if (pos >= lim && !fill()) {
                return;
            }
            int start = pos;
            boolean special = false;
            while (pos < lim) {
                byte b = buf[pos];
                if (b == '<') {
                    break;
                }
                if (b == '&' || b == '\r') {
                    special = true;
                    break;
                }
                pos++;
            }
            appendRaw(buf, start, pos);
            if (pos < lim && buf[pos] == '<') {
                if (!textMarkupFollows()) {
                    return;
                }
                continue;
            }
            if (special) {
                if (buf[pos] == '&') {
                    appendEntity();
                } else {
                    pos++; // a line end is a single \n in XML: \r\n and a lone \r both become \n
                    if ((pos < lim || fill()) && buf[pos] == '\n') {
                        pos++;
                    }
                    appendByte((byte) '\n');
                }
            }
        }
    }

    void clearText() {
        textLen = 0;
    }

    int textLength() {
        return textLen;
    }

    byte[] textBytes() {
        return text;
    }

    String text() {
        return new String(text, 0, textLen, StandardCharsets.UTF_8);
    }

    /** Skips the content of the current start tag, nested elements included, up to its end tag. */
    void skipElement() throws IOException {
        if (end || empty) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            if (!next()) {
                throw malformed("the part ends inside an element");
            }
            if (end) {
                depth--;
            } else if (!empty) {
                depth++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    IOException malformed(String what) {
        return new IOException(what + " (" + part + ", byte " + position() + ")");
    }

    // ---- markup ----

    /** After a '<': reads a tag into {@link #tag}; returns false for skipped markup. */
    private boolean readMarkup() throws IOException {
        int b = read();
        if (b == '?') {
            skipUntil("?>");
            return false;
        }
        if (b == '!') {
            int c = read();
            if (c == '-') {
                if (read() != '-') {
                    throw malformed("a broken comment");
                }
                skipUntil("-->");
            } else if (c == '[') {
                skipUntil("]]>"); // CDATA outside an element whose text is wanted
            } else {
                skipDeclaration();
            }
            return false;
        }
        if (b < 0) {
            throw malformed("the part ends inside a tag");
        }
        end = b == '/';
        empty = false;
        attrCount = 0;
        if (!end) {
            pos--; // the name's first byte is part of the tag
        }
        // usually the whole tag up to '>' is in the buffer: parse it there, without copying
        byte quote = 0;
        for (int i = pos; i < lim; i++) {
            byte c = buf[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '>') {
                tag = buf;
                tagStart = pos;
                tagEnd = i;
                pos = i + 1;
                parseTag();
                return true;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                throw malformed("'<' inside a tag");
            }
        }
        // the tag crosses the end of the buffer: copy it up to '>' (quotes respected: '>' may sit in a value)
        spillLen = 0;
        quote = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                throw malformed("the part ends inside a tag");
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = (byte) c;
            } else if (c == '>') {
                break;
            } else if (c == '<') {
                throw malformed("'<' inside a tag");
            }
            spill(c);
        }
        tag = spill;
        tagStart = 0;
        tagEnd = spillLen;
        parseTag();
        return true;
    }

    private void spill(int b) throws IOException {
        if (spillLen == spill.length) {
            if (spillLen >= MAX_TAG_BYTES) {
                throw malformed("a tag longer than " + MAX_TAG_BYTES + " bytes");
            }
            spill = java.util.Arrays.copyOf(spill, spillLen * 2);
        }
        spill[spillLen++] = (byte) b;
    }

    /** Splits the tag buffer into the local name and the attributes. */
    private void parseTag() throws IOException {
        int i = tagStart;
        int n = tagEnd;
        if (n > i && tag[n - 1] == '/' && !end) {
            empty = true;
            n--;
        }
        int start = i;
        while (i < n && !isSpace(tag[i])) {
            if (tag[i] == ':') {
                start = i + 1;
            }
            i++;
        }
        nameStart = start;
        nameEnd = i;
        if (nameStart == nameEnd) {
            throw malformed("a tag without a name");
        }
        while (i < n) {
            while (i < n && isSpace(tag[i])) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int aStart = i;
            while (i < n && tag[i] != '=' && !isSpace(tag[i])) {
                if (tag[i] == ':') {
                    aStart = i + 1;
                }
                i++;
            }
            int aEnd = i;
            while (i < n && isSpace(tag[i])) {
                i++;
            }
            if (i >= n || tag[i] != '=') {
                throw malformed("an attribute without a value");
            }
            i++;
            while (i < n && isSpace(tag[i])) {
                i++;
            }
            if (i >= n || (tag[i] != '"' && tag[i] != '\'')) {
                throw malformed("an attribute value without quotes");
            }
            byte q = tag[i++];
            int vStart = i;
            while (i < n && tag[i] != q) {
                i++;
            }
            if (i >= n) {
                throw malformed("an unterminated attribute value");
            }
            if (attrCount < MAX_ATTRIBUTES) {
                attrName[2 * attrCount] = aStart;
                attrName[2 * attrCount + 1] = aEnd;
                attrValue[2 * attrCount] = vStart;
                attrValue[2 * attrCount + 1] = i;
                attrCount++;
            }
            i++;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    /**
     * At a '<' inside text: consumes a CDATA section (into the text), a comment or a processing
     * instruction (the text goes on after them, "a<!-- x -->b" is "ab") and returns true; false at a tag.
     */
    private boolean textMarkupFollows() throws IOException {
        if (!available(2)) {
            return false;
        }
        byte second = buf[pos + 1];
        if (second == '?') {
            pos += 2;
            skipUntil("?>");
            return true;
        }
        if (second != '!') {
            return false; // the usual case: an element's end tag
        }
        if (lookingAt(COMMENT_OPEN)) {
            pos += COMMENT_OPEN.length;
            skipUntil("-->");
            return true;
        }
        if (lookingAt(CDATA_OPEN)) {
            pos += CDATA_OPEN.length;
            appendCdata();
            return true;
        }
        return false;
    }

    /** Whether the unread bytes start with {@code open} (reading more when the buffer ends first). */
    private boolean lookingAt(byte[] open) throws IOException {
        if (!available(open.length)) {
            return false;
        }
        for (int k = 0; k < open.length; k++) {
            if (buf[pos + k] != open[k]) {
                return false;
            }
        }
        return true;
    }

    /** Makes at least {@code n} unread bytes available in the buffer; false when the input ends first. */
    private boolean available(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        compact();
        while (lim - pos < n) {
            if (!fillMore()) {
                return false;
            }
        }
        return true;
    }

    /** After {@code <![CDATA[}: appends the section's content to the text, up to its {@code ]]>}. */
    private void appendCdata() throws IOException {
        int matched = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("the part ends inside a CDATA section");
            }
            if (b == ']') {
                if (matched < 2) {
                    matched++;
                } else {
                    appendByte((byte) ']'); // "]]]>": the first ']' is content, the last two may still close
                }
                continue;
            }
            if (b == '>' && matched == 2) {
                return;
            }
            for (int k = 0; k < matched; k++) {
                appendByte((byte) ']');
            }
            matched = 0;
            appendByte((byte) b);
        }
    }

    private void skipUntil(String terminator) throws IOException {
        byte[] t = terminator.getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        while (matched < t.length) {
            int b = read();
            if (b < 0) {
                throw malformed("the part ends inside markup");
            }
            if (b == t[matched]) {
                matched++;
            } else {
                matched = fallback(t, matched, (byte) b);
            }
        }
    }

    /**
     * After a mismatch of {@code b} with {@code t[matched]}: how much of {@code t} the bytes read end
     * with now (for "]]>", a third ']' still leaves "]]" matched).
     */
    private static int fallback(byte[] t, int matched, byte b) {
        for (int k = matched; k > 0; k--) {
            // do the last k-1 matched bytes plus b equal t[0..k)?
            if (t[k - 1] != b) {
                continue;
            }
            boolean same = true;
            for (int j = 0; j < k - 1 && same; j++) {
                same = t[j] == t[matched - (k - 1) + j];
            }
            if (same) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Skips {@code <!DOCTYPE ...>}, internal subset included, without processing it; brackets and
     * '>' inside quoted literals (an entity's value) or comments do not end it.
     */
    private void skipDeclaration() throws IOException {
        int depth = 0;
        int quote = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("the part ends inside a declaration");
            }
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '<') {
                pos--; // read() left the '<' in the buffer: a comment in the subset may hold quotes or brackets
                if (lookingAt(COMMENT_OPEN)) {
                    pos += COMMENT_OPEN.length;
                    skipUntil("-->");
                } else {
                    pos++;
                }
            } else if (b == '[') {
                depth++;
            } else if (b == ']') {
                depth--;
            } else if (b == '>' && depth <= 0) {
                return;
            }
        }
    }

    // ---- text decoding ----

    private void appendEntity() throws IOException {
        pos++; // '&'
        int len = 0;
        byte[] name = new byte[12];
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("the part ends inside an entity");
            }
            if (b == ';') {
                break;
            }
            if (len == name.length) {
                throw malformed("an unknown entity");
            }
            name[len++] = (byte) b;
        }
        appendEntity(name, len);
    }

    private void appendEntity(byte[] name, int len) throws IOException {
        String n = new String(name, 0, len, StandardCharsets.US_ASCII);
        switch (n) {
            case "amp" -> appendByte((byte) '&');
            case "lt" -> appendByte((byte) '<');
            case "gt" -> appendByte((byte) '>');
            case "quot" -> appendByte((byte) '"');
            case "apos" -> appendByte((byte) '\'');
            default -> {
                if (len < 2 || name[0] != '#') {
                    throw malformed("an unknown entity &" + n + ";");
                }
                int cp;
                try {
                    cp = name[1] == 'x' || name[1] == 'X'
                            ? Integer.parseInt(n.substring(2), 16) : Integer.parseInt(n.substring(1));
                } catch (NumberFormatException e) {
                    throw malformed("a bad character reference &" + n + ";");
                }
                if (!Character.isValidCodePoint(cp)) {
                    throw malformed("a bad character reference &" + n + ";");
                }
                appendCodePoint(cp);
            }
        }
    }

    /** Decodes entities in {@code src[from, to)} (an attribute value) into the text buffer. */
    private void decodeInto(byte[] src, int from, int to) throws IOException {
        int i = from;
        while (i < to) {
            byte b = src[i];
            if (b == '&') {
                int semi = i + 1;
                while (semi < to && src[semi] != ';') {
                    semi++;
                }
                if (semi < to) {
                    byte[] name = java.util.Arrays.copyOfRange(src, i + 1, semi);
                    try {
                        appendEntity(name, name.length);
                        i = semi + 1;
                        continue;
                    } catch (IOException e) {
                        // not an entity after all: keep the bytes as they are
                    }
                }
            }
            appendByte(b);
            i++;
        }
    }

    private void appendCodePoint(int cp) throws IOException {
        if (cp < 0x80) {
            appendByte((byte) cp);
        } else if (cp < 0x800) {
            appendByte((byte) (0xC0 | (cp >> 6)));
            appendByte((byte) (0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            appendByte((byte) (0xE0 | (cp >> 12)));
            appendByte((byte) (0x80 | ((cp >> 6) & 0x3F)));
            appendByte((byte) (0x80 | (cp & 0x3F)));
        } else {
            appendByte((byte) (0xF0 | (cp >> 18)));
            appendByte((byte) (0x80 | ((cp >> 12) & 0x3F)));
            appendByte((byte) (0x80 | ((cp >> 6) & 0x3F)));
            appendByte((byte) (0x80 | (cp & 0x3F)));
        }
    }

    private void appendRaw(byte[] src, int from, int to) throws IOException {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        ensureText(n);
        System.arraycopy(src, from, text, textLen, n);
        textLen += n;
    }

    /** Every decoded byte (entities, CDATA, line ends) counts towards the text limit, not only plain runs. */
    private void appendByte(byte b) throws IOException {
        if (textLen == text.length || textLen >= maxTextBytes) {
            ensureText(1);
        }
        text[textLen++] = b;
    }

    private void ensureText(int more) throws IOException {
        long need = (long) textLen + more;
        if (need > maxTextBytes) {
            throw malformed("a text longer than " + maxTextBytes + " bytes");
        }
        if (need > text.length) {
            text = java.util.Arrays.copyOf(text, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, text.length * 2L)));
        }
    }

    // ---- input ----

    private int read() throws IOException {
        if (pos >= lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private boolean fill() throws IOException {
        consumedBefore += lim;
        pos = 0;
        lim = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        lim = n;
        return true;
    }

    /** Moves the unread bytes to the front of the buffer. */
    private void compact() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            consumedBefore += pos;
            lim -= pos;
            pos = 0;
        }
    }

    /** Reads more bytes after the unread ones (after {@link #compact}); false at the end. */
    private boolean fillMore() throws IOException {
        int n = in.read(buf, lim, buf.length - lim);
        if (n <= 0) {
            return false;
        }
        lim += n;
        return true;
    }
}
