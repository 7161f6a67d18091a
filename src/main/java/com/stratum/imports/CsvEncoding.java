package com.stratum.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a text file's encoding: a byte order mark wins (UTF-8, UTF-16 LE/BE); otherwise the
 * start of the file is decoded as strict UTF-8 and, when that fails, it is taken as GB18030
 * (a superset of GBK, what Chinese Excel writes by default).
 */
public final class CsvEncoding {

    /** How much of the file is checked as UTF-8 before deciding. */
    static final int PROBE_BYTES = 1 << 20;

    private final Charset charset;
    private final int bomLength;

    private CsvEncoding(Charset charset, int bomLength) {
        this.charset = charset;
        this.bomLength = bomLength;
    }

    public Charset charset() {
        return charset;
    }

    /** Bytes to skip at the start of the file. */
    public int bomLength() {
        return bomLength;
    }

    public static CsvEncoding detect(Path file, String override) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROBE_BYTES);
        }
        int bom = bomLength(head);
        if (override != null && !override.isBlank()) {
            Charset cs;
            try {
                cs = Charset.forName(override.trim());
            } catch (IllegalArgumentException e) {
                throw ImportException.of("import.csv.unknownEncoding", file.getFileName(), override);
            }
            boolean bomMatches = (bom == 3 && cs.equals(StandardCharsets.UTF_8))
                    || (bom == 2 && cs.name().startsWith("UTF-16"));
            return new CsvEncoding(cs, bomMatches ? bom : 0);
        }
        if (bom == 3) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (bom == 2) {
            return new CsvEncoding((head[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 2);
        }
        boolean complete = head.length < PROBE_BYTES;
        return new CsvEncoding(isUtf8(head, complete) ? StandardCharsets.UTF_8 : Charset.forName("GB18030"), 0);
    }

    static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF))) {
            return 2;
        }
        return 0;
    }

    /** Strict decoding; a multi-byte sequence cut at the probe's end is not an error. */
    static boolean isUtf8(byte[] bytes, boolean complete) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, complete);
            if (r.isError()) {
                return false;
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        return true;
    }
}
