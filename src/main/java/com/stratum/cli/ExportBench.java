package com.stratum.cli;

import com.stratum.exports.SegmentListExport;
import com.stratum.exports.SegmentListExport.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * `bench export [--rows N]`: exports a synthetic segment run of N customers (8 columns) to .xlsx
 * and .csv through {@link SegmentListExport}, the same path as the window and the CLI, and prints
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
        String[] segments = {"Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "At Risk",
                "Hibernating", "Lost"};
        String[] tiers = {"VIP", "Gold", "Silver", "Bronze"};
        int[] segmentOf = new int[rows];
        int[] tierOf = new int[rows];
        long[] cents = new long[rows];
        for (int r = 0; r < rows; r++) {
            // a fixed, cheap pseudo-random spread (no per-row objects kept)
            long h = (r + 1L) * 0x9E3779B97F4A7C15L;
            segmentOf[r] = (int) Math.floorMod(h >>> 17, segments.length);
            tierOf[r] = (int) Math.floorMod(h >>> 29, tiers.length);
            cents[r] = Math.floorMod(h >>> 7, 5_000_000L) - 20_000;
        }
        LocalDate first = LocalDate.of(2024, 1, 1);
        List<Column> columns = List.of(
                new Column("customer_id", r -> "C" + (1_000_000 + r)),
                SegmentListExport.segmentColumn("segment", segments, segmentOf),
                SegmentListExport.tierColumn("tier", tiers, tierOf),
                new Column("recency_days", r -> (long) (r % 540)),
                new Column("frequency", r -> (long) (1 + r % 37)),
                new Column("monetary", r -> BigDecimal.valueOf(cents[r], 2)),
                new Column("last_purchase", r -> first.plusDays(r % 540)),
                new Column("churn_risk", r -> (r % 1000) / 1000.0));
        try {
            for (String ext : List.of("xlsx", "csv")) {
                Path file = dir.resolve("bench-export." + ext);
                resetPeaks();
                long start = System.nanoTime();
                SegmentListExport.Result result = new SegmentListExport(columns, segments, segmentOf)
                        .tiers(tiers, tierOf).revenueCents(cents).definition("bench", LocalDate.of(2025, 7, 1))
                        .write(file);
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
