package com.stratum.exports;

import com.stratum.engine.Comparison;
import com.stratum.engine.Mover;
import com.stratum.engine.SegmentDelta;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A comparison (two runs, two dates, or a baseline and a scenario) written to a file: the one code
 * path of the {@code compare} command and the window's export buttons.
 *
 * <ul>
 *   <li>.csv: the migration matrix only (first column {@code from}, one column per scenario segment,
 *       the {@code (none)} row and column last), the CLI's contract;</li>
 *   <li>.xlsx: the matrix, the per-segment deltas (count and revenue, each with the difference and the
 *       percent of the baseline), what was compared, and the customers who moved (one row each).</li>
 * </ul>
 *
 * The file appears only once complete: it is written beside the target and moved over it.
 * Headers and sheet names come from {@link Labels} ({@link Labels#ENGLISH} for the CLI, the window's
 * bundle otherwise); segment names pass through a display function (identity for the CLI).
 */
public final class ComparisonExport {

    /** Sheet names and column headers. */
    public record Labels(String matrixSheet, String from, String deltasSheet, String segment, String baselineCustomers,
                         String scenarioCustomers, String customersDiff, String customersPct, String baselineRevenue,
                         String scenarioRevenue, String revenueDiff, String revenuePct, String comparedSheet,
                         String side, String source, String baselineSide, String scenarioSide, String moversSheet,
                         String customerId, String moverFrom, String moverTo) {

        /** The CLI's headers (stable, machine-friendly). */
        public static final Labels ENGLISH = new Labels("Migration", "from", "Deltas", "segment", "baseline_customers",
                "scenario_customers", "customers_diff", "customers_pct", "baseline_revenue", "scenario_revenue",
                "revenue_diff", "revenue_pct", "Compared", "side", "source", "baseline", "scenario", "Movers",
                "customer_id", "from", "to");
    }

    /** What was written: the file and how many movers it lists. */
    public record Result(Path file, int movers) {
    }

    private final Comparison comparison;
    private String baselineName = "";
    private String scenarioName = "";
    private Labels labels = Labels.ENGLISH;
    private UnaryOperator<String> segmentName = UnaryOperator.identity();

    public ComparisonExport(Comparison comparison) {
        this.comparison = Objects.requireNonNull(comparison);
    }

    /** How the two sides are described on the "Compared" sheet (e.g. "rfm-standard v2 (as of 2024-04-01)"). */
    public ComparisonExport sides(String baseline, String scenario) {
        this.baselineName = baseline == null ? "" : baseline;
        this.scenarioName = scenario == null ? "" : scenario;
        return this;
    }

    public ComparisonExport labels(Labels l) {
        this.labels = Objects.requireNonNull(l);
        return this;
    }

    /** Engine segment names (including {@code (none)}) to the names written. */
    public ComparisonExport segmentNames(UnaryOperator<String> names) {
        this.segmentName = Objects.requireNonNull(names);
        return this;
    }

    /** Writes .csv or .xlsx (by the file name); an IllegalArgumentException for any other extension. */
    public Result write(Path out) throws IOException {
        boolean xlsx = TableWriters.formatOf(out) == TableWriters.Format.XLSX;
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        // the extension stays last so the temporary file gets the same writer
        Path tmp = target.resolveSibling(".tmp-" + System.nanoTime() + "-" + target.getFileName());
        try {
            try (TableWriter w = TableWriters.forPath(tmp)) {
                writeTo(w, xlsx);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Result(target, xlsx ? comparison.moverCount() : 0);
    }

    /** The tables into an open writer: the matrix, and with {@code full} the deltas, the sides and the movers. */
    public void writeTo(TableWriter w, boolean full) throws IOException {
        writeMatrix(w);
        if (full) {
            writeDeltas(w);
            writeSides(w);
            writeMovers(w);
        }
    }

    private void writeMatrix(TableWriter w) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(labels.from());
        comparison.columnSegments().forEach(s -> header.add(segmentName.apply(s)));
        w.startTable(labels.matrixSheet(), header);
        long[][] m = comparison.matrix();
        for (int r = 0; r < m.length; r++) {
            Object[] row = new Object[m[r].length + 1];
            row[0] = segmentName.apply(comparison.rowSegments().get(r));
            for (int j = 0; j < m[r].length; j++) {
                row[j + 1] = m[r][j];
            }
            w.writeRow(row);
        }
    }

    private void writeDeltas(TableWriter w) throws IOException {
        w.startTable(labels.deltasSheet(), List.of(labels.segment(), labels.baselineCustomers(),
                labels.scenarioCustomers(), labels.customersDiff(), labels.customersPct(), labels.baselineRevenue(),
                labels.scenarioRevenue(), labels.revenueDiff(), labels.revenuePct()));
        for (SegmentDelta d : comparison.deltas()) {
            w.writeRow(segmentName.apply(d.segment()), d.baselineCount(), d.scenarioCount(), d.countDiff(),
                    percent(d.countPct()), money(d.baselineRevenueCents()), money(d.scenarioRevenueCents()),
                    money(d.revenueDiffCents()), percent(d.revenuePct()));
        }
    }

    private void writeSides(TableWriter w) throws IOException {
        w.startTable(labels.comparedSheet(), List.of(labels.side(), labels.source()));
        w.writeRow(labels.baselineSide(), baselineName);
        w.writeRow(labels.scenarioSide(), scenarioName);
    }

    private void writeMovers(TableWriter w) throws IOException {
        w.startTable(labels.moversSheet(), List.of(labels.customerId(), labels.moverFrom(), labels.moverTo()));
        for (Mover m : comparison.movers()) {
            w.writeRow(m.customerId(), segmentName.apply(m.from()), segmentName.apply(m.to()));
        }
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /**
     * A change in percent of the baseline (e.g. -33.33) as a share (-0.3333), so the xlsx deltas sheet
     * shows it percent-formatted; empty when the baseline is 0.
     */
    static Percent percent(Double p) {
        return p == null ? null : new Percent(p / 100);
    }
}
