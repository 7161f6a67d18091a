package com.stratum.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cancel that arrives while the writer thread is inside an H2 commit. Stopping the writer with
 * an interrupt closed the database file ("The database has been closed") and left the unfinished
 * tables behind; the writer must be stopped without one. With full-size batches the writer is
 * busy most of the time, so cancelling on the first progress report hits it mid-write; three
 * rounds make a miss unlikely.
 */
class CancelWhileWritingTest extends ImportTestSupport {

    @Test
    void cancelDuringAWriteKeepsTheDatabaseOpenAndTheWorkspaceUnchanged() throws Exception {
        importFile(text("keep.csv", "customer id,date,amount\nK,2024-01-01,1\n", StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder("customer id,order id,date,amount,channel\n");
        for (int i = 0; i < 80_000; i++) {
            b.append('C').append(i % 997).append(",O").append(i).append(",2024-01-0").append(1 + i % 9)
                    .append(',').append(i % 89).append(".25,online\n");
        }
        Path big = text("big.csv", b.toString(), StandardCharsets.UTF_8);
        String before = snapshot();
        for (int round = 0; round < 3; round++) {
            AtomicLong seen = new AtomicLong();
            ImportListener cancelOnFirstProgress = new ImportListener() {
                @Override
                public void progress(long rowsRead, double fraction) {
                    seen.compareAndSet(0, rowsRead);
                }

                @Override
                public boolean isCancelled() {
                    return seen.get() > 0;
                }
            };
            assertThatThrownBy(() -> Importer.run(ws, big, new ImportOptions(), cancelOnFirstProgress))
                    .isInstanceOf(ImportCancelledException.class);
            assertThat(seen.get()).isBetween(1L, 79_999L);
            assertThat(snapshot()).as("round " + round).isEqualTo(before);
        }
        // the workspace still works: the same file imports completely
        ImportResult r = importFile(big);
        assertThat(r.rowsImported()).isEqualTo(80_000);
    }
}
