package com.stratum.ui.whatif;

import com.stratum.engine.Comparison;
import com.stratum.exports.ComparisonExport;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.dialog.DialogService;
import com.stratum.ui.dialog.FileFilter;
import com.stratum.ui.task.BackgroundTask;
import com.stratum.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The window's comparison export (What-if: baseline vs a scenario; History: two runs or two dates):
 * asks for an .xlsx file, then writes it off the FX thread through the exports layer's
 * {@link ComparisonExport} (the path the {@code compare} command takes), with sheet names, headers and
 * segment names in the window's language.
 */
public final class ComparisonExporter {

    /** One comparison ready to write: the engine's result, how each side is described, names to show. */
    public record Request(Comparison comparison, String baseline, String scenario, UnaryOperator<String> segmentNames,
                          String suggestedFileName) {
    }

    private final Supplier<ViewTexts> texts;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<Throwable> onError;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ComparisonExport.Result> last = new ReadOnlyObjectWrapper<>();

    /** @param dialogs the file chooser and the "done" message; null where there is no window (tests) */
    public ComparisonExporter(Supplier<ViewTexts> texts, TaskExecutor tasks, DialogService dialogs,
                              Consumer<Throwable> onError) {
        this.texts = texts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onError = onError;
    }

    public static ComparisonExporter of(com.stratum.ui.AppContext ctx) {
        return new ComparisonExporter(() -> ViewTexts.of(ctx.i18n().locale()), ctx.tasks(), ctx.dialogs(),
                ctx.errors()::report);
    }

    /** True while a file is being written (the buttons stay disabled meanwhile). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last file written. */
    public ReadOnlyObjectProperty<ComparisonExport.Result> lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** Asks where to save, then writes there. */
    public void chooseAndWrite(Request request) {
        if (dialogs == null || busy.get()) {
            return;
        }
        ViewTexts t = texts.get();
        dialogs.chooseFileToSave(t.get("compareExport.title"), request.suggestedFileName(),
                        new FileFilter(t.get("compareExport.xlsxFiles"), List.of("*.xlsx")))
                .ifPresent(file -> write(request, file));
    }

    /** Writes the comparison to {@code file} (.xlsx) off the FX thread. */
    public void write(Request request, Path file) {
        if (busy.get()) {
            return;
        }
        ViewTexts t = texts.get();
        busy.set(true);
        BackgroundTask.wrap(p -> new ComparisonExport(request.comparison())
                        .sides(request.baseline(), request.scenario())
                        .labels(labels(t))
                        .segmentNames(name(request.segmentNames(), t))
                        .write(file))
                .withTitle(t.get("compareExport.task", file.getFileName()))
                .onSuccess(r -> {
                    last.set(r);
                    if (dialogs != null) {
                        dialogs.showInfo(t.get("compareExport.done.title"),
                                t.get("compareExport.done.message", r.movers(), r.file()));
                    }
                })
                .onFailure(onError::accept)
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    /** A file name from free text (definition and scenario names may hold anything). */
    public static String fileName(String... parts) {
        return String.join("-", parts).replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".xlsx";
    }

    private static UnaryOperator<String> name(UnaryOperator<String> names, ViewTexts t) {
        UnaryOperator<String> shown = names == null ? UnaryOperator.identity() : names;
        String none = t.get("compareExport.none");
        return n -> Comparison.NONE.equals(n) ? none : shown.apply(n);
    }

    static ComparisonExport.Labels labels(ViewTexts t) {
        return new ComparisonExport.Labels(t.get("compareExport.sheet.matrix"), t.get("compareExport.col.from"),
                t.get("compareExport.sheet.deltas"), t.get("compareExport.col.segment"),
                t.get("compareExport.col.baselineCustomers"), t.get("compareExport.col.scenarioCustomers"),
                t.get("compareExport.col.customersDiff"), t.get("compareExport.col.customersPct"),
                t.get("compareExport.col.baselineRevenue"), t.get("compareExport.col.scenarioRevenue"),
                t.get("compareExport.col.revenueDiff"), t.get("compareExport.col.revenuePct"),
                t.get("compareExport.sheet.compared"), t.get("compareExport.col.side"),
                t.get("compareExport.col.source"), t.get("compareExport.baseline"), t.get("compareExport.scenario"),
                t.get("compareExport.sheet.movers"), t.get("compareExport.col.customerId"),
                t.get("compareExport.col.moverFrom"), t.get("compareExport.col.moverTo"));
    }
}
