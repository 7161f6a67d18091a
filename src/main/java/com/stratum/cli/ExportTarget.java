package com.stratum.cli;

import com.stratum.exports.TableWriter;
import com.stratum.exports.TableWriters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export to a temporary sibling and moves it over the target only once complete, so a failed
 * export never leaves half a file under the requested name (and never clobbers the previous one).
 */
final class ExportTarget {

    /** The tables to write; the writer's format follows the target's extension (.csv or .xlsx). */
    @FunctionalInterface
    interface Tables {
        void writeTo(TableWriter w) throws IOException;
    }

    private ExportTarget() {
    }

    static void write(Path out, Tables tables) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // keeps the extension last, so TableWriters picks the same format for the temporary file
        Path tmp = target.resolveSibling(".tmp-" + System.nanoTime() + "-" + target.getFileName());
        try {
            try (TableWriter w = TableWriters.forPath(tmp)) {
                tables.writeTo(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
