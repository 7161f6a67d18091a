package com.stratum.ui.results;

import com.stratum.ui.AppContext;
import com.stratum.ui.dialog.FileFilter;
import com.stratum.ui.i18n.TemplateTexts;
import com.stratum.ui.service.SegmentRun;
import com.stratum.ui.service.SegmentStat;
import com.stratum.ui.shell.ExportCapable;
import com.stratum.ui.task.BackgroundTask;
import com.stratum.workspace.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Results section (thin path until the charts helper replaces it): the latest run's segment
 * table and the export of a segment's members to .xlsx.
 */
public final class ResultsViewModel implements ExportCapable {

    private static final MathContext SHARE = new MathContext(12, RoundingMode.HALF_EVEN);

    private final AppContext ctx;
    private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SegmentRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty exporting = new SimpleBooleanProperty();

    public ResultsViewModel(AppContext ctx) {
        this.ctx = ctx;
        ctx.session().latestRunProperty().addListener((obs, o, n) -> show(n));
        ctx.i18n().localeProperty().addListener((obs, o, n) -> show(ctx.session().latestRunProperty().get()));
        show(ctx.session().latestRunProperty().get());
    }

    private void show(SegmentRun run) {
        String keep = selected.get() == null ? null : selected.get().key();
        rows.setAll(run == null ? List.of() : rowsOf(ctx.i18n().locale(), run));
        selected.set(rows.stream().filter(r -> r.key().equals(keep)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
    }

    /** The table lines of a run: count share of all customers, revenue share of the total net revenue. */
    static List<SegmentRow> rowsOf(Locale locale, SegmentRun run) {
        long total = run.customers();
        BigDecimal revenue = run.revenue();
        List<SegmentRow> out = new ArrayList<>();
        for (SegmentStat s : run.segments()) {
            BigDecimal share = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(s.customers()).divide(BigDecimal.valueOf(total), SHARE);
            BigDecimal revShare = revenue.signum() > 0 ? s.revenue().divide(revenue, SHARE) : null;
            out.add(new SegmentRow(s.key(), TemplateTexts.segmentName(s.i18nKey(), s.segment(), locale), s.customers(), share, s.revenue(), revShare));
        }
        return out;
    }

    /** File > Export and the Export button: the selected segment's members to an .xlsx the user picks. */
    @Override
    public void export() {
        SegmentRow row = selected.get();
        SegmentRun run = ctx.session().latestRunProperty().get();
        if (row == null || run == null) {
            return;
        }
        FileFilter xlsx = new FileFilter(ctx.i18n().get("filter.xlsx"), List.of("*.xlsx"));
        ctx.dialogs().chooseFileToSave(ctx.i18n().get("results.export.title", row.segment()),
                        fileName(run.definitionName(), row.segment()), xlsx)
                .ifPresent(path -> exportTo(row, path));
    }

    static String fileName(String definition, String segment) {
        String safe = (definition + "-" + segment).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("-+", "-").toLowerCase(Locale.ROOT);
        return safe + ".xlsx";
    }

    /** Writes the members of {@code row}'s segment to {@code xlsx} off the FX thread, then says how many. */
    public void exportTo(SegmentRow row, Path xlsx) {
        String segment = row.segment();
        Workspace ws = ctx.session().workspace();
        SegmentRun run = ctx.session().latestRunProperty().get();
        if (ws == null || run == null) {
            return;
        }
        exporting.set(true);
        BackgroundTask.wrap(p -> ctx.session().services().exporter().exportMembers(ws, run, row.key(), xlsx, p))
                .withTitle(ctx.i18n().get("task.exportMembers", segment))
                .onSuccess(n -> ctx.dialogs().showInfo(ctx.i18n().get("results.exported.title"),
                        ctx.i18n().get("results.exported.message", n, segment, xlsx)))
                .onFailure(ctx.errors()::report)
                .onFinished(() -> exporting.set(false))
                .executeWith(ctx.tasks());
    }

    public ObservableList<SegmentRow> rows() {
        return rows;
    }

    public ObjectProperty<SegmentRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyObjectProperty<SegmentRun> runProperty() {
        return ctx.session().latestRunProperty();
    }
}
