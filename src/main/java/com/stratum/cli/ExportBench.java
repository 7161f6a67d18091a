package com.stratum.cli;

import com.stratum.engine.Assignment;
import com.stratum.engine.Evaluator;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.exports.SegmentExport;
import com.stratum.exports.SegmentListExport;
import com.stratum.features.CustomerFrame;
import com.stratum.features.DateColumn;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * `bench export [--rows N]`: exports a synthetic segment run of N customers (7 columns, 4 segments)
 * to .xlsx (summary with charts + one sheet per segment) and .csv through {@link SegmentExport}, the
 * same path as the window and the CLI, and prints
 * the time, the file sizes and the peak heap. Run with e.g. -Xmx256m to show it streams.
 */
@Command(name = "export", description = "Time the segment export (xlsx and csv) of N synthetic customers.")
public final class ExportBench implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Customers to export (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--out", description = "Folder for the files (default: a temporary folder, deleted after).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (rows < 1) {
            System.err.println("--rows must be at least 1, was " + rows);
            return StratumCli.EXIT_BAD_INPUT;
        }
        Path dir = out != null ? Files.createDirectories(out) : Files.createTempDirectory("stratum-bench-export");
        Assignment run = syntheticRun(rows);
        List<String> everyColumn = SegmentExport.availableColumns(run, List.of());
        try {
            for (String ext : List.of("xlsx", "csv")) {
                Path file = dir.resolve("bench-export." + ext);
                resetPeaks();
                long start = System.nanoTime();
                SegmentListExport.Result result = SegmentExport.of(run).columns(everyColumn).write(file);
                double seconds = (System.nanoTime() - start) / 1e9;
                print("export_" + ext + "_rows", result.rows(), "rows");
                print("export_" + ext + "_seconds", seconds, "s");
                print("export_" + ext + "_rows_per_second", result.rows() / seconds, "rows/s");
                print("export_" + ext + "_file_mb", Files.size(file) / 1048576.0, "MB");
                print("export_" + ext + "_peak_heap_mb", peakHeapBytes() / 1048576.0, "MB");
                if (out == null) {
                    Files.deleteIfExists(file);
                }
            }
            print("export_max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0, "MB");
        } finally {
            if (out == null) {
                Files.deleteIfExists(dir);
            }
        }
        return 0;
    }

    /**
     * N customers with recency, frequency, monetary (exact cents), last purchase and a churn risk,
     * split by a four-segment rule definition on monetary: a fixed, cheap pseudo-random spread.
     */
    static Assignment syntheticRun(int rows) {
        String[] ids = new String[rows];
        double[] recency = new double[rows];
        double[] frequency = new double[rows];
        double[] risk = new double[rows];
        long[] cents = new long[rows];
        int[] lastDay = new int[rows];
        int first = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        for (int r = 0; r < rows; r++) {
            long h = (r + 1L) * 0x9E3779B97F4A7C15L;
            ids[r] = "C" + (1_000_000 + r);
            recency[r] = r % 540;
            frequency[r] = 1 + r % 37;
            risk[r] = (r % 1000) / 1000.0;
            cents[r] = Math.floorMod(h >>> 7, 5_000_000L) - 20_000;
            lastDay[r] = first + r % 540;
        }
        CustomerFrame frame = new CustomerFrame(ids, LocalDate.of(2025, 7, 1), List.of(
                new NumericColumn("recency_days", recency), new NumericColumn("frequency", frequency),
                new MoneyColumn("monetary", cents), new DateColumn("last_purchase", lastDay, new BitSet()),
                new NumericColumn("churn_risk", risk)));
        Definition def = new Definition("bench", 1, "custom", null, null, null, List.of(
                new SegmentSpec("top", "Top spenders", "#1B5E20", null, "VIP service", null, Condition.ge("monetary", 30000)),
                new SegmentSpec("mid", "Middle", "#43A047", null, "Cross-sell", null, Condition.ge("monetary", 10000)),
                new SegmentSpec("low", "Low", "#FDD835", null, "Nurture", null, Condition.gt("monetary", 0))),
                null, null, null);
        return Evaluator.evaluate(def, frame);
    }

    private static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s: %.1f %s", name, value, unit));
    }

    private static void print(String name, long value, String unit) {
        System.out.println(name + ": " + value + " " + unit);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
