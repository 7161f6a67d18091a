package com.stratum.imports;

import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.RowPage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import, page back, replace, append, cancel, link customers to transactions. */
class ImportRoundTripTest extends ImportTestSupport {

    /** 250 lines: customer C(i % 7), date 2024-01-01 + (i % 28) days, amount i.25. */
    private Path lines(String name) throws Exception {
        StringBuilder b = new StringBuilder("order id,customer id,date,amount\n");
        for (int i = 1; i <= 250; i++) {
            b.append("O").append(i).append(",C").append(i % 7).append(",2024-01-")
                    .append(String.format("%02d", 1 + i % 28)).append(',').append(i).append(".25\n");
        }
        return text(name, b.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void importThenPageRowsBack() throws Exception {
        ImportResult r = importFile(lines("lines.csv"), new ImportOptions().batchSize(32));
        assertThat(r.rowsRead()).isEqualTo(250);
        assertThat(r.rowsImported()).isEqualTo(250);
        assertThat(r.customers()).isEqualTo(7);
        RowPage p = repo.page(r.datasetId(), 100, 3);
        assertThat(p.totalRows()).isEqualTo(250);
        // offset 100 is the 101st line, i = 101: sheet row 102, customer C(101 % 7 = 3), 2024-01-(1 + 101 % 28 = 18)
        assertThat(p.sourceRows()).containsExactly(102L, 103L, 104L);
        assertThat(p.rows().get(0)).containsExactly("O101", "C3", LocalDate.of(2024, 1, 18), new BigDecimal("101.25"));
        assertThat(repo.page(r.datasetId(), 249, 10).rows()).hasSize(1);
        assertThat(repo.page(r.datasetId(), 250, 10).rows()).isEmpty();
    }

    /**
     * 10,000 lines stored as chunks of at most 4,096 rows (ChunkFormat.MAX_CHUNK_ROWS): line i has
     * customer C(i % 97), date 2024-01-01 + (i % 366) days, amount i/100 (trailing zero kept in the
     * file: "1.50"), an empty channel on every 10th line; line 5,000 has the amount "oops" and is rejected.
     */
    @Test
    void manyRowsPageBackAcrossChunkBoundaries() throws Exception {
        StringBuilder b = new StringBuilder("customer id,date,amount,channel\n");
        for (int i = 1; i <= 10_000; i++) {
            String amount = i == 5_000 ? "oops" : String.format("%d.%02d", i / 100, i % 100);
            b.append('C').append(i % 97).append(',').append(LocalDate.of(2024, 1, 1).plusDays(i % 366)).append(',')
                    .append(amount).append(',').append(i % 10 == 0 ? "" : "web").append('\n');
        }
        ImportResult r = importFile(text("many.csv", b.toString(), StandardCharsets.UTF_8));
        assertThat(r.rowsImported()).isEqualTo(9_999);
        assertThat(r.rowsRejected()).isEqualTo(1);
        // ordinals 4,095 .. 4,097 straddle the first chunk's end: lines 4,096 .. 4,098 (none rejected before 5,000)
        RowPage p = repo.page(r.datasetId(), 4_095, 3);
        assertThat(p.sourceRows()).containsExactly(4_097L, 4_098L, 4_099L);
        // line 4,096: C(4096 % 97 = 22), 2024-01-01 + (4096 % 366 = 70) days = 2024-03-11, 40.96
        assertThat(p.rows().get(0)).containsExactly("C22", LocalDate.of(2024, 3, 11), new BigDecimal("40.96"), "web");
        // line 4,100: every 10th line has no channel; 41.00 is stored without trailing zeros
        assertThat(repo.page(r.datasetId(), 4_099, 1).rows().get(0)).containsExactly("C26",
                LocalDate.of(2024, 1, 1).plusDays(4_100 % 366), new BigDecimal("41"), null);
        // after the rejected line 5,000 the ordinal is one behind the line: ordinal 4,999 is line 5,001
        assertThat(repo.page(r.datasetId(), 4_999, 1).sourceRows()).containsExactly(5_002L);
        // the last page: ordinal 9,998 is line 10,000 on sheet row 10,001
        RowPage last = repo.page(r.datasetId(), 9_990, 50);
        assertThat(last.rows()).hasSize(9);
        assertThat(last.sourceRows().get(8)).isEqualTo(10_001L);
        assertThat(last.rows().get(8)).containsExactly("C9", LocalDate.of(2024, 1, 1).plusDays(10_000 % 366),
                new BigDecimal("100"), null);
        // every row, read in pages of 1,000, matches its line
        int i = 0;
        for (long offset = 0; offset < 9_999; offset += 1_000) {
            RowPage page = repo.page(r.datasetId(), offset, 1_000);
            for (int k = 0; k < page.rows().size(); k++) {
                i = i + 1 == 5_000 ? i + 2 : i + 1;
                assertThat(page.sourceRows().get(k)).isEqualTo(i + 1L);
                List<Object> row = page.rows().get(k);
                assertThat(row.get(0)).isEqualTo("C" + i % 97);
                assertThat((BigDecimal) row.get(2)).isEqualByComparingTo(BigDecimal.valueOf(i, 2));
                assertThat(row.get(3)).isEqualTo(i % 10 == 0 ? null : "web");
            }
        }
        assertThat(i).isEqualTo(10_000);
    }

    /**
     * Twelve lines with a 500,000-character note each: more than one chunk may hold
     * (ChunkFormat.MAX_CHUNK_BYTES = 1 MiB = 1,048,576 bytes). Two notes are 1,000,000 bytes (and a few
     * for ids, dates, amounts), the third passes the limit and closes the chunk: chunks of 3, 3, 3 and 3
     * rows, every note back whole.
     */
    @Test
    void longTextClosesAChunkEarly() throws Exception {
        StringBuilder b = new StringBuilder("customer id,date,amount,note\n");
        for (int i = 1; i <= 12; i++) {
            b.append('C').append(i).append(",2024-01-01,1,").append(String.valueOf((char) ('a' + i)).repeat(500_000))
                    .append('\n');
        }
        ImportResult r = importFile(text("long.csv", b.toString(), StandardCharsets.UTF_8));
        assertThat(r.rowsImported()).isEqualTo(12);
        try (var c = ws.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT ROW_COUNT FROM \"DS_" + r.datasetId() + "\" ORDER BY FIRST_ORDINAL")) {
            List<Integer> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(rs.getInt(1));
            }
            assertThat(counts).containsExactly(3, 3, 3, 3);
        }
        RowPage p = repo.page(r.datasetId(), 8, 2);
        assertThat(p.rows().get(0).get(3)).isEqualTo("j".repeat(500_000));
        assertThat(p.rows().get(1).get(3)).isEqualTo("k".repeat(500_000));
    }

    @Test
    void replaceDropsTheEarlierImportOfTheSameFileAndAppendKeepsIt() throws Exception {
        Path f = lines("again.csv");
        ImportResult first = importFile(f);
        ImportResult second = importFile(f);
        assertThat(second.replacedDatasetIds()).containsExactly(first.datasetId());
        assertThat(repo.list()).extracting(d -> d.id()).containsExactly(second.datasetId());
        ImportResult third = importFile(f, new ImportOptions().mode(ImportMode.APPEND));
        assertThat(third.replacedDatasetIds()).isEmpty();
        assertThat(repo.list()).extracting(d -> d.id()).containsExactly(second.datasetId(), third.datasetId());
        repo.delete(second.datasetId());
        assertThat(repo.list()).extracting(d -> d.id()).containsExactly(third.datasetId());
        assertThat(snapshot()).doesNotContain("DS_" + second.datasetId() + "\n");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 3, 20})
    void cancelLeavesTheWorkspaceAsItWas(int cancelAfterProgressCalls) throws Exception {
        importFile(text("keep.csv", "customer id,date,amount\nK,2024-01-01,1\n", StandardCharsets.UTF_8));
        String before = snapshot();
        AtomicLong seen = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        ImportListener cancelAfterFirstBatch = new ImportListener() {
            @Override
            public void progress(long rowsRead, double fraction) {
                seen.set(rowsRead);
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= cancelAfterProgressCalls;
            }
        };
        // the sample (the first 1,030 rows) is read before writing starts, so use more rows than that
        StringBuilder b = new StringBuilder("customer id,date,amount\n");
        for (int i = 0; i < 3000; i++) {
            b.append("C").append(i).append(",2024-01-01,1\n");
        }
        Path f = text("big.csv", b.toString(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Importer.run(ws, f, new ImportOptions().batchSize(50), cancelAfterFirstBatch))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(seen.get()).isGreaterThan(0);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void tablesOfAKilledImportAreDroppedByTheNextOne() throws Exception {
        ImportResult kept = importFile(text("kept.csv", "customer id,date,amount\nK,2024-01-01,1\n", StandardCharsets.UTF_8));
        // what a process killed mid-import leaves: filled tables that no dataset row names
        try (var c = ws.connect(); var st = c.createStatement()) {
            st.execute("CREATE TABLE \"DS_41\"(SRC_ROW BIGINT PRIMARY KEY, \"C1\" VARCHAR)");
            st.execute("INSERT INTO \"DS_41\" VALUES (2, 'half-written')");
            st.execute("CREATE TABLE \"DSR_41\"(row_number BIGINT)");
        }
        assertThat(repo.list()).extracting(d -> d.id()).containsExactly(kept.datasetId());
        ImportResult next = importFile(text("next.csv", "customer id,date,amount\nN,2024-01-02,2\n", StandardCharsets.UTF_8));
        assertThat(snapshot()).doesNotContain("DS_41").doesNotContain("DSR_41");
        assertThat(repo.list()).extracting(d -> d.id()).containsExactly(kept.datasetId(), next.datasetId());
    }

    @Test
    void progressIsReported() throws Exception {
        List<Double> fractions = new ArrayList<>();
        StringBuilder b = new StringBuilder("customer id,date,amount\n");
        for (int i = 0; i < 3000; i++) {
            b.append("C").append(i).append(",2024-01-01,1\n");
        }
        Path f = text("progress.csv", b.toString(), StandardCharsets.UTF_8);
        Importer.run(ws, f, new ImportOptions().batchSize(500), new ImportListener() {
            @Override
            public void progress(long rowsRead, double fraction) {
                fractions.add(fraction);
            }
        });
        assertThat(fractions).isNotEmpty();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
        assertThat(fractions).isSorted();
    }

    /**
     * Batches of long text are handed to the writer before they have all their rows, so the queue
     * holds a few MB, not 1,024 rows of long notes each. Each line here has 2,005 characters of text
     * (customer id "C0001".."C1200", 5, and a 2,000-character note): a batch closes once it holds
     * 1,048,576 (RowBatch.MAX_TEXT_CHARS), after 523 lines (523 x 2,005 = 1,048,615; 522 lines are
     * 1,046,610). Progress is reported as a batch is handed once past the 1,000 sampled lines: at
     * line 1,046 (two batches), where 1,024-line batches would report at 1,024.
     */
    @Test
    void batchesOfLongTextAreHandedOnEarly() throws Exception {
        StringBuilder b = new StringBuilder("customer id,date,amount,note\n");
        String note = "n".repeat(2_000);
        for (int i = 1; i <= 1_200; i++) {
            b.append(String.format("C%04d", i)).append(",2024-01-01,1,").append(note).append('\n');
        }
        Path f = text("notes.csv", b.toString(), StandardCharsets.UTF_8);
        List<Long> reported = new ArrayList<>();
        ImportResult r = Importer.run(ws, f, new ImportOptions().batchSize(1_024), new ImportListener() {
            @Override
            public void progress(long rowsRead, double fraction) {
                reported.add(rowsRead);
            }
        });
        assertThat(r.rowsImported()).isEqualTo(1_200);
        assertThat(reported).contains(1_046L).doesNotContain(1_024L);
        assertThat(repo.page(r.datasetId(), 1_199, 1).rows().get(0).get(3)).isEqualTo(note);
    }

    @Test
    void xlsxProgressFollowsTheSheetBytesRead() throws Exception {
        Object[][] rows = new Object[1601][];
        rows[0] = TestSheets.row("Customer ID", "Date", "Amount");
        for (int i = 1; i <= 1600; i++) {
            rows[i] = TestSheets.row("C" + i, LocalDate.of(2024, 1, 1), i);
        }
        Path f = TestSheets.xlsx(dir.resolve("progress.xlsx"), TestSheets.sheet("S", rows));
        // about 160 KB of sheet XML read in 64 KB chunks: the first report comes before the end
        List<Double> fractions = new ArrayList<>();
        Importer.run(ws, f, new ImportOptions().batchSize(100), new ImportListener() {
            @Override
            public void progress(long rowsRead, double fraction) {
                fractions.add(fraction);
            }
        });
        assertThat(fractions).isSorted().allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
        assertThat(fractions.get(0)).isLessThan(1.0);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void customersAreLinkedToTransactions() throws Exception {
        // transactions of C1, C2 and C9; customers C1, C2, C3: C3 has no transactions, C9 is unknown
        importFile(text("tx.csv", "customer id,date,amount\nC1,2024-01-01,5\nC2,2024-01-02,6\nC9,2024-01-03,7\n,2024-01-04,8\n",
                StandardCharsets.UTF_8));
        ImportResult c = importFile(text("cust.csv", "客户ID,性别,城市\nC1,女,上海\nC2,男,北京\nC3,女,深圳\n",
                StandardCharsets.UTF_8));
        assertThat(c.kind()).isEqualTo(DatasetKind.CUSTOMERS);
        assertThat(c.customers()).isEqualTo(3);
        assertThat(c.customersWithoutTransactions()).isEqualTo(1);
        assertThat(c.transactionCustomersUnknown()).isEqualTo(1);
        assertThat(repo.distinctCustomers()).isEqualTo(3); // C1, C2, C9 over transactions
        assertThat(repo.distinctCustomersAnywhere()).isEqualTo(4); // C1, C2, C9 and C3 who never bought
        // the report's examples: C3 bought nothing, C9 is nobody's customer (the blank id is no customer)
        assertThat(repo.customerLinks(c.datasetId(), 10).withoutTransactionsExamples()).containsExactly("C3");
        assertThat(repo.customerLinks(c.datasetId(), 10).unknownExamples()).containsExactly("C9");
    }

    @Test
    void customersRowsRepeatingAnIdAreCountedButTransactionsAreNot() throws Exception {
        // C1 on rows 2 and 4, C2 on rows 3 and 5 and 6: three rows repeat an earlier id, two customers
        ImportResult c = importFile(text("cust.csv", "客户ID,性别,城市\nC1,女,巴黎\nC2,男,柏林\nC1,男,柏林\nC2,女,上海\n"
                + "C2,女,深圳\n", StandardCharsets.UTF_8));
        assertThat(c.kind()).isEqualTo(DatasetKind.CUSTOMERS);
        assertThat(c.customers()).isEqualTo(2);
        assertThat(c.repeatedCustomerRows()).isEqualTo(3);
        // a customer buying twice is no repeat
        ImportResult t = importFile(text("tx.csv", "customer id,date,amount\nC1,2024-01-01,5\nC1,2024-01-02,6\n",
                StandardCharsets.UTF_8));
        assertThat(t.repeatedCustomerRows()).isZero();
    }

    @Test
    void reportExamplesAreTheSmallestIdsAndDistinct() throws Exception {
        // transactions of C5, C1, C4, C4, C2 (C4 twice, " C2 " with spaces); customers C2 only:
        // unknown are C1, C4, C5; the first two by id are C1 and C4
        importFile(text("tx.csv", "customer id,date,amount\nC5,2024-01-01,5\nC1,2024-01-02,6\nC4,2024-01-03,7\n"
                + "C4,2024-01-04,8\n C2 ,2024-01-05,9\n", StandardCharsets.UTF_8));
        ImportResult c = importFile(text("cust.csv", "客户ID,城市\nC2,上海\nC7,北京\n", StandardCharsets.UTF_8));
        assertThat(repo.customerLinks(c.datasetId(), 2).unknownExamples()).containsExactly("C1", "C4");
        assertThat(repo.customerLinks(c.datasetId(), 10).unknownExamples()).containsExactly("C1", "C4", "C5");
        assertThat(repo.customerLinks(c.datasetId(), 10).withoutTransactionsExamples()).containsExactly("C7");
    }
}
