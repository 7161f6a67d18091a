package com.stratum.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Imports one sheet of a spreadsheet file into a workspace: reads on the calling thread, writes
 * typed batches to H2 on a second thread, and publishes the dataset atomically at the end. Bad
 * input raises {@link ImportException} (message names file, sheet, row, column), cancel raises
 * {@link ImportCancelledException}; in both cases the workspace is exactly as before.
 *
 * <p>Typical use from the wizard: {@link #sheetNames}, then {@link #preview} while the user picks
 * the sheet, roles and kind (all in {@link ImportOptions}), then {@link #run} with a listener.
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Batches waiting for the writer: enough to ride out a slow commit, few enough to die young. */
    private static final int QUEUE_BATCHES = 8;

    private Importer() {
    }

    /** The sheets of a file (one for CSV), in workbook order. */
    public static List<String> sheetNames(Path file, String encoding) {
        try (SpreadsheetSource src = SpreadsheetSources.open(file, encoding)) {
            return src.sheetNames();
        } catch (IOException e) {
            throw ImportException.of(e, "import.file.unreadable", file.getFileName(), SpreadsheetSources.describe(e));
        }
    }

    /** What importing with {@code options} would do, with the first {@code maxRows} data rows. */
    public static ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        try (SpreadsheetSource src = SpreadsheetSources.open(file, options.encoding())) {
            String sheet = src.resolveSheet(options.sheet());
            try (SheetReader reader = src.openSheet(sheet)) {
                SheetAnalysis a = SheetAnalysis.analyze(reader, file.getFileName().toString(),
                        sheetLabel(src, sheet), options);
                RowConverter conv = new RowConverter(a, reader.date1904());
                List<ImportPreview.Row> rows = new ArrayList<>();
                Object[] out = new Object[a.columns.size()];
                for (BufferedRow r : a.sampleRows) {
                    if (rows.size() >= maxRows) {
                        break;
                    }
                    Arrays.fill(out, null);
                    boolean ok = conv.convert(r.cells(), r.cells().length, out);
                    List<String> cells = new ArrayList<>(a.columns.size());
                    for (int i = 0; i < a.columns.size(); i++) {
                        ColumnPlan c = a.columns.get(i);
                        Object v = c.derived() ? out[i] : r.cell(c.sourceIndex());
                        cells.add(v == null ? null : display(v));
                    }
                    rows.add(new ImportPreview.Row(r.rowNumber(), cells, ok ? null : conv.rejectColumn(),
                            ok ? null : conv.rejectReason(), ok ? Map.of() : conv.cellProblems(r.cells(), r.cells().length),
                            conv.readingsFromText(r.cells(), r.cells().length)));
                }
                return new ImportPreview(src.sheetNames(), sheet, a.headerRowNumber, a.columns, a.kind, rows,
                        a.problems());
            }
        } catch (IOException | UncheckedIOException e) {
            throw damaged(file, e);
        } catch (OutOfMemoryError e) {
            throw ImportException.of(e, "import.file.tooLarge", file.getFileName());
        }
    }

    private static String display(Object v) {
        if (v instanceof CellError) {
            return ((CellError) v).code();
        }
        return CellConverter.toText(v);
    }

    /** CSV sheets are named after the file; messages need not repeat it. */
    private static String sheetLabel(SpreadsheetSource src, String sheet) {
        return src instanceof CsvSource ? null : sheet;
    }

    /** Runs the import; see the class comment for what failure and cancel leave behind. */
    public static ImportResult run(Workspace workspace, Path file, ImportOptions options, ImportListener listener) {
        long start = System.nanoTime();
        ImportListener l = listener == null ? ImportListener.NONE : listener;
        String fileName = file.getFileName().toString();
        try (SpreadsheetSource src = SpreadsheetSources.open(file, options.encoding())) {
            String sheet = src.resolveSheet(options.sheet());
            try (SheetReader reader = src.openSheet(sheet)) {
                SheetAnalysis a = SheetAnalysis.analyze(reader, fileName, sheetLabel(src, sheet), options);
                a.requireValid();
                synchronized (DatasetWriter.LOCK) {
                    return write(workspace, file, src, sheet, reader, a, options, l, start);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw damaged(file, e);
        } catch (OutOfMemoryError e) {
            // a giant cell or a zip bomb whose declared sizes lie: the failed allocation is released
            throw ImportException.of(e, "import.file.tooLarge", file.getFileName());
        }
    }

    /**
     * A write into the workspace failed: with the disk (nearly) full that is the reason to give,
     * not H2's "database closed"; the import is undone either way.
     */
    private static RuntimeException writeFailure(Workspace workspace, Path file, Exception e) {
        if (Workspace.diskNearlyFull(workspace.folder())) {
            return ImportException.of(e, "import.diskFull", file.getFileName(), workspace.folder(),
                    Workspace.usableBytes(workspace.folder()) / (1 << 20));
        }
        return new IllegalStateException("Writing the import into the workspace failed: " + e.getMessage(), e);
    }

    private static ImportException damaged(Path file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        return ImportException.of(e, "import.file.damaged", file.getFileName(), SpreadsheetSources.describe(cause));
    }

    private static ImportResult write(Workspace workspace, Path file, SpreadsheetSource src, String sheet,
                                      SheetReader reader, SheetAnalysis a, ImportOptions options, ImportListener l,
                                      long start) throws IOException {
        DatasetWriter writer = new DatasetWriter(workspace, a.columns);
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stratum-import-writer");
            t.setDaemon(true);
            return t;
        });
        boolean published = false;
        // The writer thread is never interrupted: an interrupt inside H2's file I/O can close the
        // database file. It is told to stop through this flag and an END marker instead.
        AtomicBoolean stop = new AtomicBoolean();
        BlockingQueue<RowBatch> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
        try {
            writer.create(sheet);
            Future<?> writing = exec.submit(() -> {
                while (true) {
                    RowBatch b = queue.take();
                    if (stop.get()) {
                        return null;
                    }
                    if (b == RowBatch.END) {
                        writer.flush();
                        return null;
                    }
                    writer.write(b);
                }
            });
            Counts counts = read(reader, a, options, l, queue, writing);
            put(queue, RowBatch.END, writing, l, true);
            await(writing);
            if (l.isCancelled()) {
                throw new ImportCancelledException(Message.of("import.cancelled", file.getFileName()).english());
            }
            String name = src.sheetNames().size() > 1 || !(src instanceof CsvSource)
                    ? file.getFileName() + " / " + sheet : file.getFileName().toString();
            List<Long> replaced = writer.publish(name, a.kind, file.toAbsolutePath().normalize().toString(),
                    counts.read, counts.imported, counts.rejected, options.mode());
            published = true;
            l.progress(counts.read, 1.0);
            return report(workspace, writer, a, name, sheet, counts, replaced, start);
        } catch (SQLException e) {
            throw writeFailure(workspace, file, e);
        } catch (ImportException | ImportCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            if (Workspace.diskNearlyFull(workspace.folder())) {
                throw writeFailure(workspace, file, e);
            }
            throw e;
        } finally {
            // the clean-up runs with this thread's interrupt flag cleared (an interrupted thread
            // must not touch H2 either) and the flag is set again afterwards
            boolean interrupted = Thread.interrupted();
            stop.set(true);
            queue.clear();
            queue.offer(RowBatch.END);
            exec.shutdown();
            try {
                if (!exec.awaitTermination(5, TimeUnit.MINUTES)) {
                    LOG.warn("The import writer did not stop; the next import drops its table");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!published) {
                writer.abort();
            }
            writer.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class Counts {
        long read;
        long imported;
        long rejected;
        long anonymous;
        long repeated;
        final com.stratum.workspace.IdHashSet customers = new com.stratum.workspace.IdHashSet();
        int idColumn = -1;
    }

    private static Counts read(SheetReader reader, SheetAnalysis a, ImportOptions options, ImportListener l,
                               BlockingQueue<RowBatch> queue, Future<?> writing)
            throws IOException {
        Counts n = new Counts();
        n.idColumn = a.indexOf(com.stratum.workspace.ColumnRole.CUSTOMER_ID);
        int width = a.columns.size();
        int batchSize = options.batchSize();
        RowConverter conv = new RowConverter(a, reader.date1904());
        RowBatch batch = new RowBatch(batchSize, width);
        Object[] out = new Object[width];
        for (BufferedRow r : a.sampleRows) {
            batch = accept(r.rowNumber(), r.cells(), r.cells().length, conv, out, batch, n, queue, writing, l);
        }
        if (!a.exhausted) {
            Object[] raw = new Object[Math.max(16, a.sourceWidth)];
            while (reader.next()) {
                int count = reader.cellCount();
                if (raw.length < count) {
                    raw = new Object[count];
                }
                for (int i = 0; i < count; i++) {
                    raw[i] = reader.cell(i);
                }
                if (RowConverter.isBlank(raw, count)) {
                    continue;
                }
                batch = accept(reader.rowNumber(), raw, count, conv, out, batch, n, queue, writing, l);
                if (batch.size == 0 && batch.rejections.isEmpty()) {
                    l.progress(n.read, reader.progress());
                }
            }
        }
        if (!batch.isEmpty()) {
            put(queue, batch, writing, l, false);
        }
        return n;
    }

    private static RowBatch accept(long rowNumber, Object[] raw, int count, RowConverter conv, Object[] out,
                                   RowBatch batch, Counts n, BlockingQueue<RowBatch> queue,
                                   Future<?> writing, ImportListener l) {
        n.read++;
        Arrays.fill(out, null);
        if (conv.convert(raw, count, out)) {
            int base = batch.size * batch.width;
            System.arraycopy(out, 0, batch.values, base, batch.width);
            batch.rowNumbers[batch.size++] = rowNumber;
            for (Object v : out) {
                if (v instanceof String t) {
                    batch.textChars += t.length();
                }
            }
            n.imported++;
            if (n.idColumn >= 0) {
                Object id = out[n.idColumn];
                if (id == null) {
                    n.anonymous++;
                } else if (!n.customers.add((String) id)) {
                    n.repeated++;
                }
            }
        } else {
            batch.rejections.add(new RowBatch.Rejection(rowNumber, conv.rejectColumn(), conv.rejectReason(),
                    rawJson(raw, count)));
            n.rejected++;
        }
        if (batch.isFull() || batch.rejections.size() >= batch.rowNumbers.length) {
            put(queue, batch, writing, l, false);
            return new RowBatch(batch.rowNumbers.length, batch.width);
        }
        return batch;
    }

    private static String rawJson(Object[] raw, int count) {
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(raw[i] == null ? null : display(raw[i]));
        }
        try {
            return JSON.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            return String.valueOf(cells);
        }
    }

    /** Hands a batch to the writer, giving up when it failed or the user cancelled. */
    private static void put(BlockingQueue<RowBatch> queue, RowBatch b, Future<?> writing, ImportListener l,
                            boolean end) {
        try {
            while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                if (writing.isDone()) {
                    await(writing);
                    throw new IllegalStateException("The import writer stopped early.");
                }
                if (l.isCancelled() && !end) {
                    throw new ImportCancelledException("Import cancelled; the workspace is unchanged.");
                }
            }
            if (l.isCancelled() && !end) {
                throw new ImportCancelledException("Import cancelled; the workspace is unchanged.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException("Import interrupted; the workspace is unchanged.");
        }
    }

    private static void await(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException("Import interrupted; the workspace is unchanged.");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            throw new IllegalStateException("Writing the import into the workspace failed: " + c.getMessage(), c);
        }
    }

    private static ImportResult report(Workspace workspace, DatasetWriter writer, SheetAnalysis a, String name,
                                       String sheet, Counts counts, List<Long> replaced, long start) {
        // counted while reading: a scan of the new table would cost as much as the import itself
        long customers = counts.customers.size();
        long anonymous = a.kind == DatasetKind.TRANSACTIONS ? counts.anonymous : 0;
        long withoutTx = -1;
        long unknown = -1;
        if (a.kind == DatasetKind.CUSTOMERS) {
            try {
                DatasetRepository.CustomerLinks links = new DatasetRepository(workspace).customerLinks(writer.id());
                withoutTx = links.customersWithoutTransactions();
                unknown = links.transactionCustomersUnknown();
            } catch (RuntimeException e) {
                LOG.warn("Linking customers dataset {} to the transactions failed", writer.id(), e);
            }
        }
        DatasetRepository.DuplicateOrders duplicates = DatasetRepository.DuplicateOrders.NONE;
        if (a.kind == DatasetKind.TRANSACTIONS) {
            try {
                duplicates = new DatasetRepository(workspace).duplicateOrders(writer.id());
            } catch (RuntimeException e) {
                LOG.warn("Looking for orders of dataset {} in other datasets failed", writer.id(), e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> sourceHeaders = new ArrayList<>();
        for (ColumnPlan c : a.columns) {
            if (!c.derived()) {
                sourceHeaders.add(c.header());
            }
        }
        return new ImportResult(writer.id(), name, a.kind, sheet, counts.read, counts.imported, counts.rejected,
                customers, anonymous, withoutTx, unknown, replaced, seconds, sourceHeaders,
                duplicates.count(), duplicates.otherDatasets(),
                a.kind == DatasetKind.CUSTOMERS ? counts.repeated : 0);
    }
}
