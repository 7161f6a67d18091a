package com.stratum.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses binary files named .csv: NUL bytes in a file without a UTF-16 byte order mark. */
final class TextSniffer {

    private TextSniffer() {
    }

    static void requireText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (CsvEncoding.bomLength(head) == 2) {
            return;
        }
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                throw ImportException.of("import.file.notText", file.getFileName());
            }
            if (c < 9 || (c > 13 && c < 32)) {
                controls++;
            }
        }
        if (controls > head.length / 20) {
            throw ImportException.of("import.file.notText", file.getFileName());
        }
    }
}
