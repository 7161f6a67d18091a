package com.stratum.ui.results;

import com.stratum.features.Column;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import com.stratum.ui.charts.BoxStats;
import com.stratum.ui.charts.HeatMapData;
import com.stratum.ui.charts.ParetoData;
import com.stratum.ui.charts.ProfileData;
import com.stratum.ui.charts.ScatterData;
import com.stratum.ui.charts.SegmentValues;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.AppContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The Results section: the run being shown, its segment table and the data of each chart, all
 * adapted from the engine's result (no segmentation computed here). Chart data methods are plain
 * functions of the result, so the view can call them off the FX thread and tests can check them.
 */
public final class ResultsViewModel implements com.stratum.ui.shell.ExportCapable {

    public static final String RECENCY = "recency_days";
    public static final String FREQUENCY = "frequency";
    public static final String MONETARY = "monetary";

    private final ObjectProperty<SegmentResult> result = new SimpleObjectProperty<>();
    private final ObservableList<SegmentTableRow> table = FXCollections.observableArrayList();
    private final ObjectProperty<MembersViewModel> members = new SimpleObjectProperty<>();
    private final ObjectProperty<PurchaseHistory> history = new SimpleObjectProperty<>(PurchaseHistory.none());
    private final javafx.beans.property.BooleanProperty exporting = new javafx.beans.property.SimpleBooleanProperty();
    private final AppContext ctx;
    private IntConsumer onOpenMembers = s -> { };

    /** For tests: no window services (export needs {@link #ResultsViewModel(AppContext)}). */
    public ResultsViewModel() {
        this.ctx = null;
        result.addListener((obs, old, now) -> rebuildTable(now));
    }

    /** The Results section: shows the session's latest run when it is an evaluated result. */
    public ResultsViewModel(AppContext ctx) {
        this.ctx = ctx;
        result.addListener((obs, old, now) -> rebuildTable(now));
        exporting.bind(result.isNull());
        ctx.session().latestRunProperty().addListener((obs, old, now) -> showRun(now));
        // a language switch: the same run again, its segment names and strategies in the new language
        ctx.i18n().localeProperty().addListener((obs, old, now) -> showRun(ctx.session().latestRunProperty().get()));
        showRun(ctx.session().latestRunProperty().get());
        // a customer's profile lists their purchase lines from the loaded transactions
        AnalysisSession analysis = AnalysisSession.of(ctx);
        analysis.dataProperty().addListener((obs, old, now) -> history.set(historyOf(now)));
        history.set(historyOf(analysis.data()));
    }

    private static PurchaseHistory historyOf(CustomerData data) {
        return data == null ? PurchaseHistory.none() : data.history();
    }

    private void showRun(com.stratum.ui.service.SegmentRun run) {
        if (run instanceof AssignmentResult a) {
            show(a.inLocale(ctx.i18n().locale()));
        } else if (run instanceof SegmentResult r) {
            show(r);
        } else if (run == null) {
            show(null);
        }
    }

    /** The purchase lines behind the customer profile (set by whoever loaded the customers). */
    public ObjectProperty<PurchaseHistory> historyProperty() {
        return history;
    }

    /** True while there is no run to export (the export button is disabled then). */
    public javafx.beans.property.BooleanProperty exportingProperty() {
        return exporting;
    }

    /**
     * Results' export button and File &gt; Export: the Export section's choices, opened on this run
     * with the open members' segment chosen (or every segment).
     */
    @Override
    public void export() {
        if (ctx == null || result.get() == null) {
            return;
        }
        MembersViewModel open = members.get();
        com.stratum.ui.export.ExportViewModel.of(ctx).prepare(open == null ? -1 : open.segment());
        ctx.navigation().show(com.stratum.ui.shell.Section.EXPORT);
    }

    public ObjectProperty<SegmentResult> resultProperty() {
        return result;
    }

    public SegmentResult result() {
        return result.get();
    }

    public void show(SegmentResult run) {
        members.set(null);
        result.set(run);
    }

    public ObservableList<SegmentTableRow> table() {
        return table;
    }

    /** The members list now open (null when none). */
    public ObjectProperty<MembersViewModel> membersProperty() {
        return members;
    }

    /** Opens the members of a segment (a bar, cell, slice or table row was clicked). */
    public MembersViewModel openMembers(int segment) {
        MembersViewModel m = new MembersViewModel(result.get(), segment);
        members.set(m);
        onOpenMembers.accept(segment);
        return m;
    }

    /**
     * A click on the RFM heat map's cell (frequency score row + 1, recency score column + 1): opens
     * the members of the segment most of that cell's customers are in.
     */
    public Optional<MembersViewModel> openScoreCell(int frequencyRow, int recencyColumn) {
        SegmentResult run = result.get();
        int s = RfmGrid.dominantSegment(run.frame(), run.segmentOfRow(), run.segmentRows().size(), frequencyRow + 1,
                recencyColumn + 1);
        return s < 0 ? Optional.empty() : Optional.of(openMembers(s));
    }

    public void setOnOpenMembers(IntConsumer listener) {
        this.onOpenMembers = listener;
    }

    private void rebuildTable(SegmentResult run) {
        if (run == null) {
            table.clear();
            return;
        }
        List<SegmentTableRow> rows = new ArrayList<>();
        SegmentResult.SegmentMeans means = run.means();
        for (SegmentRow s : run.segmentRows()) {
            rows.add(new SegmentTableRow(s.index(), s.name(), s.colour(), s.count(), s.share(),
                    BigDecimal.valueOf(s.revenueCents(), 2), s.revenueShare(), means.mean(s.index(), RECENCY),
                    means.mean(s.index(), FREQUENCY), means.mean(s.index(), MONETARY), s.strategy()));
        }
        table.setAll(rows);
    }

    private String[] names(SegmentResult run) {
        return run.segmentRows().stream().map(SegmentRow::name).toArray(String[]::new);
    }

    private String[] colours(SegmentResult run) {
        return run.segmentRows().stream().map(SegmentRow::colour).toArray(String[]::new);
    }

    /** Customers per segment. */
    public SegmentValues sizes() {
        SegmentResult run = result.get();
        return new SegmentValues(names(run), colours(run),
                run.segmentRows().stream().mapToDouble(SegmentRow::count).toArray());
    }

    /** Revenue per segment in currency units (for the chart only; the table shows exact amounts). */
    public SegmentValues revenue() {
        SegmentResult run = result.get();
        return new SegmentValues(names(run), colours(run),
                run.segmentRows().stream().mapToDouble(s -> s.revenueCents() / 100.0).toArray());
    }

    public Optional<HeatMapData> rfmGrid(String shadeLabel) {
        return RfmGrid.of(result.get().frame(), shadeLabel);
    }

    /** Numeric features (numbers and money) the profile, distribution and scatter charts can show. */
    public List<String> numericFeatures() {
        List<String> out = new ArrayList<>();
        for (Column c : result.get().frame().columns()) {
            if (c instanceof NumericColumn || c instanceof MoneyColumn) {
                out.add(c.name());
            }
        }
        return out;
    }

    /** Each segment's means of {@code features} as an index against everyone (100 = average). */
    public ProfileData profile(List<String> features, java.util.function.Function<String, String> label) {
        SegmentResult run = result.get();
        SegmentResult.SegmentMeans means = run.means();
        int s = run.segmentRows().size();
        double[][] bySegment = new double[s][features.size()];
        double[] overall = new double[features.size()];
        for (int f = 0; f < features.size(); f++) {
            int j = means.features().indexOf(features.get(f));
            overall[f] = j < 0 ? Double.NaN : means.overall()[j];
            for (int g = 0; g < s; g++) {
                bySegment[g][f] = j < 0 ? Double.NaN : means.bySegment()[g][j];
            }
        }
        return ProfileData.fromMeans(names(run), colours(run), features.stream().map(label).toArray(String[]::new),
                bySegment, overall);
    }

    /** Box statistics of one feature per segment. */
    public BoxStats[] distribution(String feature) {
        SegmentResult run = result.get();
        Column col = run.frame().column(feature);
        int s = run.segmentRows().size();
        int[] seg = run.segmentOfRow();
        int[] counts = new int[s];
        for (int g : seg) {
            counts[g]++;
        }
        double[][] values = new double[s][];
        for (int g = 0; g < s; g++) {
            values[g] = new double[counts[g]];
        }
        int[] fill = new int[s];
        for (int i = 0; i < seg.length; i++) {
            values[seg[i]][fill[seg[i]]++] = col.asDouble(i);
        }
        BoxStats[] out = new BoxStats[s];
        for (int g = 0; g < s; g++) {
            out[g] = BoxStats.of(values[g]);
        }
        return out;
    }

    public ScatterData scatter(String xFeature, String yFeature) {
        SegmentResult run = result.get();
        Column x = run.frame().column(xFeature);
        Column y = run.frame().column(yFeature);
        int n = run.frame().size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x.asDouble(i);
            ys[i] = y.asDouble(i);
        }
        return new ScatterData(names(run), colours(run), xs, ys, run.segmentOfRow());
    }

    /**
     * The Pareto curve of monetary; with tiers, a mark at the cumulative share of customers in
     * each tier but the last (meaningful when tiers split everyone by value).
     */
    public Optional<ParetoData> pareto() {
        SegmentResult run = result.get();
        Optional<Column> m = run.frame().find(MONETARY);
        if (m.isEmpty() || !(m.get() instanceof MoneyColumn money)) {
            return Optional.empty();
        }
        List<String> tiers = run.tierNames();
        String[] labels = new String[Math.max(0, tiers.size() - 1)];
        double[] marks = new double[labels.length];
        if (labels.length > 0) {
            long[] perTier = new long[tiers.size()];
            long total = 0;
            for (int t : run.tierOfRow()) {
                if (t >= 0) {
                    perTier[t]++;
                    total++;
                }
            }
            long running = 0;
            for (int t = 0; t < labels.length; t++) {
                running += perTier[t];
                labels[t] = tiers.get(t);
                marks[t] = total == 0 ? 0 : 100.0 * running / total;
            }
        }
        BitSet missing = money.missing();
        return Optional.of(ParetoData.fromCents(money.cents(), missing, 400, labels, marks));
    }
}
