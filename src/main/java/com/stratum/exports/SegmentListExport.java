package com.stratum.exports;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Exports the members of a segment run; the one code path for the window's Export action and the
 * CLI. It takes plain arrays (row r = one customer) so it depends on no engine class:
 *
 * <ul>
 *   <li>.xlsx: a summary sheet (definition, analysis date, the segment table with count, share,
 *       revenue, revenue share and strategy, tiers within segments, chart pictures) and one sheet per
 *       segment, or only the chosen segment, with the members;</li>
 *   <li>.csv: one file, one row per customer (or per member of the chosen segment), in row order.</li>
 * </ul>
 * Files are written to a temporary sibling and moved into place when complete, so a failed or
 * cancelled export (the thread interrupted) never leaves half a file or destroys an older one.
 */
public final class SegmentListExport {

    /** One exported column: its header and its value for customer row r. */
    public record Column(String header, IntFunction<Object> value, PersonalDataMask.Kind personal) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(value, "value");
        }

        public Column(String header, IntFunction<Object> value) {
            this(header, value, null);
        }

        /** A column of personal data (name, e-mail, phone ...) that can be masked or left out. */
        public static Column personal(String header, PersonalDataMask.Kind kind, IntFunction<Object> value) {
            return new Column(header, value, Objects.requireNonNull(kind, "kind"));
        }

        public boolean isPersonal() {
            return personal != null;
        }
    }

    /** What happens to personal columns. */
    public enum PersonalData { INCLUDE, MASK, OMIT }

    /** The texts of the summary sheet, in the user's language (the CLI uses {@link #ENGLISH}). */
    public record Labels(String summarySheet, String definition, String analysisDate, String exportTime,
                         String customers, String segment, String tier, String count, String share, String revenue,
                         String revenueShare, String averageRecency, String averageFrequency,
                         String averageMonetary, String strategy, String total, String unassigned,
                         String tiersWithinSegments, String shareOfSegment, String segmentsExported,
                         String allSegments) {
        public static final Labels ENGLISH = new Labels("Summary", "Definition", "Analysis date", "Exported at",
                "Customers", "Segment", "Tier", "Count", "Share", "Revenue", "Revenue share",
                "Average recency (days)", "Average frequency", "Average monetary", "Strategy", "Total",
                "(no segment)", "Tiers within segments", "Share of segment", "Segments exported", "All segments");
    }

    /**
     * An extra column of the summary's segment table (e.g. an average): its header, one value per
     * segment plus a last one for "no segment", and the value of the total row (null for none).
     */
    public record SummaryColumn(String header, Object[] bySegment, Object total) {
    }

    /** What was written: the file, the customer rows in it, and the sheet names (xlsx). */
    public record Result(Path file, long rows, List<String> sheets) {
    }

    private static final int PROGRESS_EVERY = 4096;

    private final List<Column> columns;
    private final String[] segmentNames;
    private final int[] segmentOfRow;
    private final int rows;
    private String[] strategies;
    private String[] tierNames;
    private int[] tierOfRow;
    private long[] revenueCents;
    private String definitionName = "";
    private LocalDate analysisDate;
    private LocalDateTime exportedAt;
    private final List<SummaryColumn> summaryColumns = new ArrayList<>();
    private Labels labels = Labels.ENGLISH;
    private PersonalData personalData = PersonalData.INCLUDE;
    private int onlySegment = -1;
    private final List<byte[]> charts = new ArrayList<>();
    private LongConsumer progress = n -> { };

    /**
     * @param columns      the member columns, in order (see {@link #segmentColumn} / {@link #tierColumn})
     * @param segmentNames segment names, index = segment number
     * @param segmentOfRow per customer row, its segment number or -1 for none
     */
    public SegmentListExport(List<Column> columns, String[] segmentNames, int[] segmentOfRow) {
        this.columns = List.copyOf(columns);
        this.segmentNames = segmentNames.clone();
        this.segmentOfRow = segmentOfRow;
        this.rows = segmentOfRow.length;
        for (int r = 0; r < rows; r++) {
            int s = segmentOfRow[r];
            if (s < -1 || s >= segmentNames.length) {
                throw new IllegalArgumentException("Row " + r + " has segment " + s + ", but there are "
                        + segmentNames.length + " segments");
            }
        }
    }

    /** A column holding each row's segment name (empty for none). */
    public static Column segmentColumn(String header, String[] segmentNames, int[] segmentOfRow) {
        return new Column(header, r -> segmentOfRow[r] < 0 ? null : segmentNames[segmentOfRow[r]]);
    }

    /** A column holding each row's tier name (empty for none). */
    public static Column tierColumn(String header, String[] tierNames, int[] tierOfRow) {
        return new Column(header, r -> tierOfRow[r] < 0 ? null : tierNames[tierOfRow[r]]);
    }

    /** The strategy (playbook) text of each segment, shown in the summary. */
    public SegmentListExport strategies(String[] strategiesBySegment) {
        this.strategies = strategiesBySegment.clone();
        return this;
    }

    /** Tiers inside segments: their names and each row's tier (-1 for none); adds a table to the summary. */
    public SegmentListExport tiers(String[] names, int[] tierOfEachRow) {
        if (tierOfEachRow.length != rows) {
            throw new IllegalArgumentException("Tiers given for " + tierOfEachRow.length + " rows, not " + rows);
        }
        this.tierNames = names.clone();
        this.tierOfRow = tierOfEachRow;
        return this;
    }

    /** Each row's revenue (net spend) in cents; adds revenue and revenue share to the summary. */
    public SegmentListExport revenueCents(long[] centsOfEachRow) {
        if (centsOfEachRow.length != rows) {
            throw new IllegalArgumentException("Revenue given for " + centsOfEachRow.length + " rows, not " + rows);
        }
        this.revenueCents = centsOfEachRow;
        return this;
    }

    public SegmentListExport definition(String name, LocalDate asOf) {
        this.definitionName = name == null ? "" : name;
        this.analysisDate = asOf;
        return this;
    }

    /** The time of the export, shown in the summary (to the second). */
    public SegmentListExport exportedAt(LocalDateTime time) {
        this.exportedAt = time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
        return this;
    }

    /** Adds a column to the summary's segment table, after the revenue share and before the strategy. */
    public SegmentListExport summaryColumn(SummaryColumn column) {
        if (column.bySegment().length != segmentNames.length + 1) {
            throw new IllegalArgumentException("Summary column " + column.header() + " has "
                    + column.bySegment().length + " values, not " + (segmentNames.length + 1));
        }
        summaryColumns.add(column);
        return this;
    }

    public SegmentListExport labels(Labels texts) {
        this.labels = Objects.requireNonNull(texts);
        return this;
    }

    public SegmentListExport personalData(PersonalData policy) {
        this.personalData = Objects.requireNonNull(policy);
        return this;
    }

    /** Exports only this segment's members (the summary still shows every segment); -1 = all. */
    public SegmentListExport onlySegment(int segment) {
        if (segment < -1 || segment >= segmentNames.length) {
            throw new IllegalArgumentException("No segment " + segment);
        }
        this.onlySegment = segment;
        return this;
    }

    /** A chart picture (PNG) for the summary sheet; charts are placed beside the table, one below the other. */
    public SegmentListExport chart(byte[] png) {
        charts.add(png.clone());
        return this;
    }

    /** Called with the number of member rows written so far. */
    public SegmentListExport progress(LongConsumer rowsWritten) {
        this.progress = Objects.requireNonNull(rowsWritten);
        return this;
    }

    public Result write(Path file) throws IOException {
        boolean xlsx = TableWriters.formatOf(file) == TableWriters.Format.XLSX;
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent()); // as every other export: a missing folder is made
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Result result = xlsx ? writeXlsx(temp) : writeCsv(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return new Result(file, result.rows(), result.sheets());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private List<Column> exportedColumns() {
        if (personalData == PersonalData.OMIT) {
            return columns.stream().filter(c -> !c.isPersonal()).toList();
        }
        return columns;
    }

    private List<String> headers(List<Column> cols) {
        return cols.stream().map(Column::header).toList();
    }

    private Object[] cells(List<Column> cols, int row) {
        Object[] cells = new Object[cols.size()];
        for (int i = 0; i < cells.length; i++) {
            Column c = cols.get(i);
            Object v = c.value().apply(row);
            if (c.isPersonal() && personalData == PersonalData.MASK && v != null) {
                v = PersonalDataMask.mask(c.personal(), v.toString());
            }
            cells[i] = v;
        }
        return cells;
    }

    private Result writeCsv(Path temp) throws IOException {
        List<Column> cols = exportedColumns();
        long written = 0;
        try (CsvTableWriter out = new CsvTableWriter(temp)) {
            out.startTable(onlySegment < 0 ? labels.summarySheet() : segmentNames[onlySegment], headers(cols));
            for (int r = 0; r < rows; r++) {
                if (onlySegment >= 0 && segmentOfRow[r] != onlySegment) {
                    continue;
                }
                out.writeRow(cells(cols, r));
                written = tick(written);
            }
        }
        progress.accept(written);
        return new Result(temp, written, List.of());
    }

    private Result writeXlsx(Path temp) throws IOException {
        List<String> sheets = new ArrayList<>();
        long written = 0;
        XlsxTableWriter out = new XlsxTableWriter(temp);
        try {
            writeSummary(out);
            sheets.add(out.currentSheetName());
            int[] order = rowsBySegment();
            int[] start = bucketStarts();
            List<Column> cols = exportedColumns();
            List<String> headers = headers(cols);
            int buckets = segmentNames.length + 1;
            for (int b = 0; b < buckets; b++) {
                boolean unassigned = b == segmentNames.length;
                if (onlySegment >= 0 && b != onlySegment) {
                    continue;
                }
                if (unassigned && start[b] == start[b + 1]) {
                    continue; // no sheet for "no segment" when every customer has one
                }
                out.startTable(unassigned ? labels.unassigned() : segmentNames[b], headers);
                sheets.add(out.currentSheetName());
                for (int i = start[b]; i < start[b + 1]; i++) {
                    out.writeRow(cells(cols, order[i]));
                    written = tick(written);
                }
            }
            out.close();
        } catch (IOException | RuntimeException e) {
            out.abort();
            throw e;
        }
        progress.accept(written);
        return new Result(temp, written, List.copyOf(sheets));
    }

    private long tick(long written) throws InterruptedIOException {
        long n = written + 1;
        if (n % PROGRESS_EVERY == 0) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Export cancelled");
            }
            progress.accept(n);
        }
        return n;
    }

    /** bucket b (segment b, or the last bucket for "no segment") holds order[start[b] .. start[b+1]). */
    private int[] bucketStarts() {
        int[] start = new int[segmentNames.length + 2];
        for (int r = 0; r < rows; r++) {
            start[bucket(r) + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        return start;
    }

    /** Row numbers grouped by segment, each group in row order (a counting sort). */
    private int[] rowsBySegment() {
        int[] next = Arrays.copyOf(bucketStarts(), segmentNames.length + 1);
        int[] order = new int[rows];
        for (int r = 0; r < rows; r++) {
            order[next[bucket(r)]++] = r;
        }
        return order;
    }

    private int bucket(int row) {
        int s = segmentOfRow[row];
        return s < 0 ? segmentNames.length : s;
    }

    private void writeSummary(XlsxTableWriter out) {
        out.startSheet(labels.summarySheet());
        out.writeRow(labels.definition(), definitionName);
        if (analysisDate != null) {
            out.writeRow(labels.analysisDate(), analysisDate);
        }
        if (exportedAt != null) {
            out.writeRow(labels.exportTime(), exportedAt);
        }
        // the segment table below always shows every segment: say which one the member sheets hold
        out.writeRow(labels.segmentsExported(), onlySegment < 0 ? labels.allSegments() : segmentNames[onlySegment]);
        out.writeRow(labels.customers(), (long) rows);
        out.skipRow();

        boolean revenue = revenueCents != null;
        boolean strategy = strategies != null;
        List<String> header = new ArrayList<>(List.of(labels.segment(), labels.count(), labels.share()));
        if (revenue) {
            header.add(labels.revenue());
            header.add(labels.revenueShare());
        }
        summaryColumns.forEach(c -> header.add(c.header()));
        if (strategy) {
            header.add(labels.strategy());
        }
        out.writeBoldRow(header);
        int buckets = segmentNames.length + 1;
        long[] count = new long[buckets];
        long[] cents = new long[buckets];
        long totalCents = 0;
        for (int r = 0; r < rows; r++) {
            int b = bucket(r);
            count[b]++;
            if (revenue) {
                cents[b] += revenueCents[r];
                totalCents += revenueCents[r];
            }
        }
        for (int b = 0; b < buckets; b++) {
            boolean unassigned = b == segmentNames.length;
            if (unassigned && count[b] == 0) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(unassigned ? labels.unassigned() : segmentNames[b]);
            row.add(count[b]);
            row.add(share(count[b], rows));
            if (revenue) {
                row.add(BigDecimal.valueOf(cents[b], 2));
                row.add(share(cents[b], totalCents));
            }
            for (SummaryColumn c : summaryColumns) {
                row.add(c.bySegment()[b]);
            }
            if (strategy) {
                row.add(unassigned || b >= strategies.length ? null : strategies[b]);
            }
            out.writeRow(row.toArray());
        }
        List<Object> total = new ArrayList<>(List.of(labels.total(), (long) rows, share(rows, rows)));
        if (revenue) {
            total.add(BigDecimal.valueOf(totalCents, 2));
            total.add(share(totalCents, totalCents));
        }
        summaryColumns.forEach(c -> total.add(c.total()));
        out.writeRow(total.toArray());

        if (tierNames != null) {
            writeTierTable(out, revenue);
        }
        int row = 0;
        int column = header.size() + 1;
        for (byte[] png : charts) {
            row += out.addPicture(png, column, row) + 1;
        }
    }

    /** Segment x tier: count, share of the segment and revenue of each tier inside each segment. */
    private void writeTierTable(XlsxTableWriter out, boolean revenue) {
        out.skipRow();
        out.writeBoldRow(List.of(labels.tiersWithinSegments()));
        List<String> header = new ArrayList<>(List.of(labels.segment(), labels.tier(), labels.count(),
                labels.shareOfSegment()));
        if (revenue) {
            header.add(labels.revenue());
        }
        out.writeBoldRow(header);
        int tiers = tierNames.length + 1; // the last one: no tier
        int buckets = segmentNames.length + 1;
        long[][] count = new long[buckets][tiers];
        long[][] cents = new long[buckets][tiers];
        long[] segmentCount = new long[buckets];
        for (int r = 0; r < rows; r++) {
            int b = bucket(r);
            int t = tierOfRow[r] < 0 ? tierNames.length : tierOfRow[r];
            count[b][t]++;
            segmentCount[b]++;
            if (revenue) {
                cents[b][t] += revenueCents[r];
            }
        }
        for (int b = 0; b < buckets; b++) {
            for (int t = 0; t < tiers; t++) {
                if (count[b][t] == 0) {
                    continue;
                }
                List<Object> row = new ArrayList<>();
                row.add(b == segmentNames.length ? labels.unassigned() : segmentNames[b]);
                row.add(t == tierNames.length ? null : tierNames[t]);
                row.add(count[b][t]);
                row.add(share(count[b][t], segmentCount[b]));
                if (revenue) {
                    row.add(BigDecimal.valueOf(cents[b][t], 2));
                }
                out.writeRow(row.toArray());
            }
        }
    }

    /** part / whole as a share; empty when the whole is not positive (no revenue, or net refunds). */
    private static Percent share(long part, long whole) {
        return whole <= 0 ? null : new Percent((double) part / whole);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SegmentListExport[%d rows, %d segments]", rows, segmentNames.length);
    }
}
