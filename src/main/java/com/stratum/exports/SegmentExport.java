package com.stratum.exports;

import com.stratum.engine.Assignment;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * One export of an evaluated definition: the single code path behind the CLI's
 * {@code segment --export}, Results' export button, File &gt; Export and the Export section.
 * The caller says what to write (all segments or one, which columns, what to do with personal
 * columns) and, for people, in which language (headers, summary texts, segment names, chart
 * pictures); the file format follows the file name (.xlsx or .csv).
 *
 * <p>Column keys: {@code customer_id} (always written first), {@code segment}, {@code tier}, any column
 * of the run's frame (features, scores, predictive columns, customer attributes), and the keys of the
 * {@link PersonalColumn}s the caller loaded (name, email, phone, address).
 */
public final class SegmentExport {

    public static final String CUSTOMER_ID = "customer_id";
    public static final String SEGMENT = "segment";
    public static final String TIER = "tier";
    static final String RECENCY = "recency_days";
    static final String FREQUENCY = "frequency";
    static final String MONETARY = "monetary";

    /** A personal column (name, e-mail, phone, address) from the customers sheet, one value per run row. */
    public record PersonalColumn(String key, PersonalDataMask.Kind kind, String[] valueOfRow) {
        public PersonalColumn {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(valueOfRow, "valueOfRow");
        }
    }

    private final Assignment run;
    private List<String> columns;
    private List<PersonalColumn> personal = List.of();
    private SegmentListExport.PersonalData personalData = SegmentListExport.PersonalData.INCLUDE;
    private int onlySegment = -1;
    private String[] segmentNames;
    private String[] strategies;
    private String[] tierNames;
    private Function<String, String> header = Function.identity();
    private SegmentListExport.Labels labels = SegmentListExport.Labels.ENGLISH;
    private SummaryCharts.Titles chartTitles = SummaryCharts.Titles.ENGLISH;
    private List<byte[]> charts;
    private LocalDateTime exportedAt;
    private LongConsumer progress = n -> { };
    /** Written row -> frame row; null = every frame row in order. */
    private int[] frameRowOf;
    /** Per written row: segment and tier (the run's own, or a kept run's stored ones). */
    private int[] segmentOf;
    private int[] tierOf;

    private SegmentExport(Assignment run) {
        this.run = Objects.requireNonNull(run, "run");
        this.segmentOf = run.segmentOfRow();
        this.tierOf = run.tierOfRow();
    }

    /**
     * Writes a kept run's own members, segments and tiers as stored with it ({@link KeptAssignment})
     * instead of this evaluation's; features and scores still come from this evaluation's frame.
     */
    public SegmentExport kept(KeptAssignment stored) {
        for (int r : stored.frameRows()) {
            if (r < 0 || r >= run.size()) {
                throw new IllegalArgumentException("No row " + r + " in the run's frame");
            }
        }
        this.frameRowOf = stored.frameRows().clone();
        this.segmentOf = stored.segmentOfRow().clone();
        this.tierOf = stored.tierOfRow().clone();
        return this;
    }

    private int frameRow(int row) {
        return frameRowOf == null ? row : frameRowOf[row];
    }

    /** An export of this run with the default choices: every segment, the default columns, personal data kept. */
    public static SegmentExport of(Assignment run) {
        return new SegmentExport(run);
    }

    /**
     * The columns written when nobody chose: {@code customer_id, segment}, for RFM definitions
     * {@code r_score, f_score, m_score, recency_days, frequency, monetary}, {@code tier} when the
     * definition has tiers, then the features and scores the definition used.
     */
    public static List<String> defaultColumns(Assignment run) {
        return AssignmentColumns.headers(run);
    }

    /**
     * Every column that can be chosen, the defaults first: then the other columns of the run's frame
     * in frame order, then the personal columns named by {@code personalKeys}.
     */
    public static List<String> availableColumns(Assignment run, List<String> personalKeys) {
        Set<String> out = new LinkedHashSet<>(defaultColumns(run));
        out.addAll(run.frame().columnNames());
        out.addAll(personalKeys);
        return new ArrayList<>(out);
    }

    /** The columns to write, in order; {@code customer_id} comes first whether named or not. Null = defaults. */
    public SegmentExport columns(List<String> keys) {
        this.columns = keys == null ? null : List.copyOf(keys);
        return this;
    }

    /** The personal columns the caller loaded for this run's rows (written only when chosen as columns). */
    public SegmentExport personalColumns(List<PersonalColumn> loaded) {
        for (PersonalColumn p : loaded) {
            if (p.valueOfRow().length != run.size()) {
                throw new IllegalArgumentException("Personal column " + p.key() + " has " + p.valueOfRow().length
                        + " values for " + run.size() + " customers");
            }
        }
        this.personal = List.copyOf(loaded);
        return this;
    }

    /** Keep, mask or leave out the personal columns. */
    public SegmentExport personalData(SegmentListExport.PersonalData policy) {
        this.personalData = Objects.requireNonNull(policy);
        return this;
    }

    /** Only this segment's members (index in the definition's order); -1 = every segment. */
    public SegmentExport onlySegment(int segment) {
        if (segment < -1 || segment >= run.segments().size()) {
            throw new IllegalArgumentException("No segment " + segment + " in " + run.definition().name());
        }
        this.onlySegment = segment;
        return this;
    }

    /** Segment names and strategies in the reader's language (default: as the definition names them). */
    public SegmentExport segmentTexts(String[] names, String[] strategyTexts) {
        if (names.length != run.segments().size() || strategyTexts.length != names.length) {
            throw new IllegalArgumentException("Texts for " + names.length + " segments, the run has "
                    + run.segments().size());
        }
        this.segmentNames = names.clone();
        this.strategies = strategyTexts.clone();
        return this;
    }

    /** Tier names in the reader's language (default: as the definition names them). */
    public SegmentExport tierNames(String[] names) {
        if (names.length != run.tiers().size()) {
            throw new IllegalArgumentException("Names for " + names.length + " tiers, the run has " + run.tiers().size());
        }
        this.tierNames = names.clone();
        return this;
    }

    /** The header written for a column key (people-facing headers); default: the key itself. */
    public SegmentExport headers(Function<String, String> headerOfKey) {
        this.header = Objects.requireNonNull(headerOfKey);
        return this;
    }

    /** The summary sheet's texts and the chart titles in the reader's language. */
    public SegmentExport labels(SegmentListExport.Labels summary, SummaryCharts.Titles titles) {
        this.labels = Objects.requireNonNull(summary);
        this.chartTitles = Objects.requireNonNull(titles);
        return this;
    }

    /** PNG pictures for the summary sheet; when none are given, {@link SummaryCharts} draws the sizes and the donut. */
    public SegmentExport charts(List<byte[]> pngs) {
        this.charts = pngs == null ? null : List.copyOf(pngs);
        return this;
    }

    /** The export time shown in the summary (default: now). */
    public SegmentExport exportedAt(LocalDateTime time) {
        this.exportedAt = time;
        return this;
    }

    /** Called with the number of member rows written so far. */
    public SegmentExport progress(LongConsumer rowsWritten) {
        this.progress = Objects.requireNonNull(rowsWritten);
        return this;
    }

    /** The number of member rows the export writes (the chosen segment's size, or everyone). */
    public long rowCount() {
        if (onlySegment < 0) {
            return segmentOf.length;
        }
        long n = 0;
        for (int s : segmentOf) {
            if (s == onlySegment) {
                n++;
            }
        }
        return n;
    }

    /** The columns that will be written, in order (customer_id first, unknown keys dropped). */
    public List<String> chosenColumns() {
        Set<String> out = new LinkedHashSet<>();
        out.add(CUSTOMER_ID);
        List<String> wanted = columns == null ? defaultColumns(run) : columns;
        for (String key : wanted) {
            if (isKnown(key)) {
                out.add(key);
            }
        }
        return new ArrayList<>(out);
    }

    private boolean isKnown(String key) {
        return key.equals(CUSTOMER_ID) || key.equals(SEGMENT) || (key.equals(TIER) && !run.tiers().isEmpty())
                || run.frame().find(key).isPresent() || personalColumn(key) != null;
    }

    private PersonalColumn personalColumn(String key) {
        for (PersonalColumn p : personal) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** Writes the file (.xlsx or .csv) to a temporary sibling, then moves it into place. */
    public SegmentListExport.Result write(Path file) throws IOException {
        String[] names = segmentNames != null ? segmentNames
                : run.segments().stream().map(SegmentSpec::name).toArray(String[]::new);
        String[] strategyTexts = strategies != null ? strategies
                : run.segments().stream().map(s -> s.strategy() == null ? "" : s.strategy()).toArray(String[]::new);
        String[] tiers = tierNames != null ? tierNames : run.tiers().stream().map(t -> t.name()).toArray(String[]::new);

        SegmentListExport export = new SegmentListExport(memberColumns(names, tiers), names, segmentOf)
                .strategies(strategyTexts)
                .definition(run.definition().name() + " v" + run.definition().version(), run.frame().asOf())
                .exportedAt(exportedAt != null ? exportedAt : LocalDateTime.now())
                .labels(labels)
                .personalData(personalData)
                .onlySegment(onlySegment)
                .progress(progress);
        if (!run.tiers().isEmpty()) {
            export.tiers(tiers, tierOf);
        }
        CustomerFrame frame = run.frame();
        frame.find(MONETARY).filter(c -> c instanceof MoneyColumn)
                .ifPresent(c -> export.revenueCents(byWrittenRow(((MoneyColumn) c).cents())));
        addAverages(export, names.length);
        if (TableWriters.formatOf(file) == TableWriters.Format.XLSX) {
            List<byte[]> pictures = charts;
            if (pictures == null) {
                long[] counts = new long[names.length];
                for (int s : segmentOf) {
                    if (s >= 0) {
                        counts[s]++;
                    }
                }
                List<String> colours = run.segments().stream().map(SegmentSpec::colour).toList();
                pictures = SummaryCharts.render(List.of(names), colours, counts, chartTitles);
            }
            pictures.forEach(export::chart);
        }
        return export.write(file);
    }

    private List<SegmentListExport.Column> memberColumns(String[] names, String[] tiers) {
        List<SegmentListExport.Column> out = new ArrayList<>();
        CustomerFrame frame = run.frame();
        for (String key : chosenColumns()) {
            String head = header.apply(key);
            PersonalColumn p = personalColumn(key);
            if (key.equals(CUSTOMER_ID)) {
                out.add(new SegmentListExport.Column(head, r -> frame.customerId(frameRow(r))));
            } else if (key.equals(SEGMENT)) {
                out.add(SegmentListExport.segmentColumn(head, names, segmentOf));
            } else if (key.equals(TIER)) {
                out.add(SegmentListExport.tierColumn(head, tiers, tierOf));
            } else if (p != null && frame.find(key).isEmpty()) {
                String[] values = p.valueOfRow();
                out.add(SegmentListExport.Column.personal(head, p.kind(), r -> values[frameRow(r)]));
            } else {
                java.util.function.IntFunction<Object> value = AssignmentColumns.valueOf(frame.column(key));
                out.add(new SegmentListExport.Column(head, r -> value.apply(frameRow(r))));
            }
        }
        return out;
    }

    /** A per-frame-row array as one per written row. */
    private long[] byWrittenRow(long[] perFrameRow) {
        if (frameRowOf == null) {
            return perFrameRow;
        }
        long[] out = new long[frameRowOf.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = perFrameRow[frameRowOf[w]];
        }
        return out;
    }

    /**
     * Average recency, frequency and monetary per segment, ignoring empty values: money exact to the
     * cent (sum of cents / count, half up), recency and frequency to two decimals.
     */
    private void addAverages(SegmentListExport export, int segments) {
        CustomerFrame frame = run.frame();
        int buckets = segments + 1;
        String[] keys = {RECENCY, FREQUENCY, MONETARY};
        String[] heads = {labels.averageRecency(), labels.averageFrequency(), labels.averageMonetary()};
        for (int k = 0; k < keys.length; k++) {
            Column c = frame.find(keys[k]).orElse(null);
            if (c == null) {
                continue;
            }
            long[] n = new long[buckets + 1];
            long[] cents = new long[buckets + 1];
            double[] sum = new double[buckets + 1];
            for (int w = 0; w < segmentOf.length; w++) {
                int r = frameRow(w);
                if (c.isMissing(r)) {
                    continue;
                }
                int b = segmentOf[w] < 0 ? segments : segmentOf[w];
                n[b]++;
                n[buckets]++; // the total
                if (c instanceof MoneyColumn m) {
                    cents[b] += m.cents()[r];
                    cents[buckets] += m.cents()[r];
                } else {
                    double v = c.asDouble(r);
                    sum[b] += v;
                    sum[buckets] += v;
                }
            }
            Object[] values = new Object[buckets + 1];
            for (int b = 0; b <= buckets; b++) {
                if (n[b] == 0) {
                    continue;
                }
                values[b] = c instanceof MoneyColumn
                        ? BigDecimal.valueOf(cents[b]).divide(BigDecimal.valueOf(100L * n[b]), 2, RoundingMode.HALF_UP)
                        : BigDecimal.valueOf(sum[b] / n[b]).setScale(2, RoundingMode.HALF_UP);
            }
            Object[] bySegment = java.util.Arrays.copyOf(values, buckets);
            export.summaryColumn(new SegmentListExport.SummaryColumn(heads[k], bySegment, values[buckets]));
        }
    }
}
