package com.stratum.ui.predictive;

import com.stratum.engine.predictive.ChartSeries;
import com.stratum.engine.predictive.ChurnRiskThresholds;
import com.stratum.engine.predictive.ModelChoice;
import com.stratum.engine.predictive.ModelFit;
import com.stratum.engine.predictive.ModelTimeUnit;
import com.stratum.engine.predictive.PredictiveAnalysis;
import com.stratum.engine.predictive.PredictiveDataException;
import com.stratum.engine.predictive.PredictiveFeatures;
import com.stratum.engine.predictive.PredictiveOptions;
import com.stratum.engine.predictive.PredictiveProgress;
import com.stratum.engine.predictive.PredictiveResult;
import com.stratum.engine.predictive.PurchaseLog;
import com.stratum.engine.predictive.PurchaseModel;
import com.stratum.features.CustomerFrame;
import com.stratum.features.TransactionTable;
import com.stratum.ui.AppContext;
import com.stratum.ui.results.AnalysisSession;
import com.stratum.ui.results.CustomerData;
import com.stratum.ui.task.BackgroundTask;
import com.stratum.ui.task.TaskHandle;
import com.stratum.ui.task.TaskProgress;
import com.stratum.workspace.PredictiveFitRepository;
import com.stratum.workspace.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The Predictive section: the fit's settings, the fit itself (off the FX thread, with progress and
 * cancel), the fitted models side by side and the result the charts are drawn from. After a fit the
 * predictive columns join the session's customer frame (so the builder, Results and what-if can use
 * them) and the fit's settings are saved in the workspace (so {@code features} and the next start apply them).
 */
public final class PredictiveViewModel {

    /** One line of the models table: already formatted for the window. */
    public record FitRow(String model, String parameters, String logLikelihood, String holdout, String status,
                         boolean chosen) {
    }

    /** What a fit hands back to the FX thread. */
    record Fitted(PredictiveResult result, CustomerData data) {
    }

    static final int PARAMETER_DECIMALS = 5;

    private final AppContext ctx;
    private final AnalysisSession analysis;
    private final ObjectProperty<LocalDate> calibrationEnd = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastTransactionDate = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelTimeUnit> timeUnit = new SimpleObjectProperty<>(ModelTimeUnit.WEEKS);
    private final ObjectProperty<ModelChoice> model = new SimpleObjectProperty<>(ModelChoice.AUTO);
    private final IntegerProperty horizonDays = new SimpleIntegerProperty(365);
    private final DoubleProperty monthlyDiscountRate = new SimpleDoubleProperty(0.01);
    private final DoubleProperty highRiskBelow = new SimpleDoubleProperty(ChurnRiskThresholds.DEFAULT.highRiskBelow());
    private final DoubleProperty lowRiskFrom = new SimpleDoubleProperty(ChurnRiskThresholds.DEFAULT.lowRiskFrom());
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty stage = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<PredictiveResult> result = new SimpleObjectProperty<>();
    private final ObservableList<FitRow> fits = FXCollections.observableArrayList();
    private final BooleanBinding canFit;
    private TaskHandle handle;
    /** The engine's stage key of the text beside Fit ("" for none), kept to re-translate it. */
    private String stageKey = "";
    /** The workspace whose saved fit was restored (or found absent), so a restore happens once per workspace. */
    private Workspace restoredFor;

    public PredictiveViewModel(AppContext ctx) {
        this(ctx, AnalysisSession.of(ctx));
    }

    /** For tests: an analysis session whose customers were set directly. */
    public PredictiveViewModel(AppContext ctx, AnalysisSession analysis) {
        this.ctx = ctx;
        this.analysis = analysis;
        canFit = Bindings.createBooleanBinding(() -> !running.get() && transactions() != null,
                running, analysis.dataProperty());
        analysis.dataProperty().addListener((obs, old, now) -> dataChanged());
        result.addListener((obs, old, now) -> rebuildFits());
        ctx.i18n().localeProperty().addListener((obs, old, now) -> {
            rebuildFits();
            showStage(stageKey); // the line beside Fit follows a live language switch too
        });
        dataChanged();
    }

    private TransactionTable transactions() {
        CustomerData d = analysis.data();
        return d == null ? null : d.transactions();
    }

    /** A new workspace (or re-import) moves the default calibration end to its last transaction date. */
    private void dataChanged() {
        TransactionTable t = transactions();
        LocalDate last = t == null ? null : lastDate(t);
        LocalDate before = lastTransactionDate.get();
        lastTransactionDate.set(last);
        if (calibrationEnd.get() == null || calibrationEnd.get().equals(before)) {
            calibrationEnd.set(last);
        }
        restoreSavedFit();
    }

    /**
     * After a restart the frame already carries the saved fit's columns and the loader kept its result:
     * show that with the saved settings, once per workspace; fit again only when the loader had none
     * for these settings (deterministic, so the same numbers).
     */
    private void restoreSavedFit() {
        Workspace ws = ctx.session() == null ? null : ctx.session().workspace();
        if (ws == null || ws == restoredFor || running.get() || transactions() == null) {
            return;
        }
        if (restoredFor != null) {
            result.set(null); // another workspace: the last one's models no longer describe these customers
        }
        restoredFor = ws;
        java.util.Optional<PredictiveOptions> saved;
        try {
            saved = new PredictiveFitRepository(ws).options();
        } catch (RuntimeException e) {
            return; // an unreadable saved fit only means the analyst fits again
        }
        saved.ifPresent(o -> {
            calibrationEnd.set(o.calibrationEnd());
            timeUnit.set(o.timeUnit());
            model.set(o.model());
            horizonDays.set(o.horizonDays());
            monthlyDiscountRate.set(o.monthlyDiscountRate());
            highRiskBelow.set(o.churnRisk().highRiskBelow());
            lowRiskFrom.set(o.churnRisk().lowRiskFrom());
            CustomerData d = analysis.data();
            PredictiveResult loaded = d == null ? null : d.fit();
            if (loaded != null && loaded.options().equals(o)) {
                result.set(loaded);
            } else {
                fit();
            }
        });
    }

    static LocalDate lastDate(TransactionTable t) {
        if (t.size() == 0) {
            return null;
        }
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < t.size(); i++) {
            max = Math.max(max, t.epochDay(i));
        }
        return LocalDate.ofEpochDay(max);
    }

    /** The options the fit button would use. */
    public PredictiveOptions options() {
        return PredictiveOptions.defaults()
                .withCalibrationEnd(calibrationEnd.get())
                .withTimeUnit(timeUnit.get())
                .withModel(model.get())
                .withHorizonDays(horizonDays.get())
                .withMonthlyDiscountRate(monthlyDiscountRate.get())
                .withChurnRisk(new ChurnRiskThresholds(highRiskBelow.get(), lowRiskFrom.get()));
    }

    /** Fits the models off the FX thread; then adds the predictive columns and saves the fit. */
    public void fit() {
        CustomerData data = analysis.data();
        if (!canFit.get() || data == null) {
            return;
        }
        PredictiveTexts texts = PredictiveTexts.of(ctx.i18n().locale());
        PredictiveOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            error.set(texts.get("predictive.error.settings", e.getMessage()));
            return;
        }
        Workspace ws = ctx.session().workspace();
        error.set("");
        running.set(true);
        progress.set(0);
        handle = BackgroundTask.wrap(p -> run(data, options, ws, p, texts))
                .withTitle(texts.get("predictive.task.fit"))
                .onSuccess(f -> {
                    result.set(f.result());
                    analysis.setData(f.data());
                })
                .onFailure(this::failed)
                .onCancelled(() -> showStage("cancelled"))
                .onFinished(() -> {
                    running.set(false);
                    handle = null;
                })
                .executeWith(ctx.tasks());
    }

    private Fitted run(CustomerData data, PredictiveOptions options, Workspace ws, TaskProgress p,
                       PredictiveTexts texts) {
        PredictiveProgress engineProgress = new PredictiveProgress() {
            @Override
            public void update(double fraction, String key) {
                p.update(Math.round(fraction * 1000), 1000);
                String text = stageText(texts, key);
                p.message(text);
                onFx(() -> { // the status bar shows the task; the section mirrors it by its Fit button
                    progress.set(fraction);
                    showStage(key);
                });
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
        PredictiveResult r = PredictiveAnalysis.run(PurchaseLog.from(data.transactions()), options, engineProgress);
        CustomerFrame frame = PredictiveFeatures.addTo(withoutOldPredictions(data.frame()), r);
        if (ws != null) {
            new PredictiveFitRepository(ws).save(r);
        }
        return new Fitted(r, data.withFit(r, frame));
    }

    /** On the FX thread when there is one (plain JUnit tests run tasks on the calling thread without a toolkit). */
    private static void onFx(Runnable r) {
        try {
            javafx.application.Platform.runLater(r);
        } catch (IllegalStateException noToolkit) {
            r.run();
        }
    }

    /** Drops the columns of an earlier fit, so a changed horizon leaves no stale {@code expected_purchases_N}. */
    static CustomerFrame withoutOldPredictions(CustomerFrame frame) {
        List<com.stratum.features.Column> keep = new ArrayList<>();
        boolean any = false;
        for (com.stratum.features.Column c : frame.columns()) {
            if (PredictiveFeatures.KEYS.contains(c.name()) || c.name().startsWith(PredictiveFeatures.EXPECTED_PURCHASES + "_")) {
                any = true;
            } else {
                keep.add(c);
            }
        }
        return any ? new CustomerFrame(customerIds(frame), frame.asOf(), keep) : frame;
    }

    private static String[] customerIds(CustomerFrame frame) {
        String[] ids = new String[frame.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = frame.customerId(i);
        }
        return ids;
    }

    private void showStage(String key) {
        stageKey = key;
        PredictiveTexts t = PredictiveTexts.of(ctx.i18n().locale());
        stage.set(key.isEmpty() ? "" : "cancelled".equals(key) ? t.get("predictive.status.cancelled") : stageText(t, key));
    }

    static String stageText(PredictiveTexts t, String key) {
        return switch (key) {
            case "summary" -> t.get("predictive.stage.summary");
            case "fit_bgnbd" -> t.get("predictive.stage.fit_bgnbd");
            case "fit_pareto_nbd" -> t.get("predictive.stage.fit_pareto_nbd");
            case "fit_gamma_gamma" -> t.get("predictive.stage.fit_gamma_gamma");
            case "predict" -> t.get("predictive.stage.predict");
            default -> t.get("predictive.stage.done");
        };
    }

    private void failed(Throwable e) {
        Throwable cause = e;
        while (!(cause instanceof PredictiveDataException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof CancellationException) {
            return;
        }
        if (cause instanceof PredictiveDataException pde) {
            error.set(errorText(pde, ctx.i18n().locale()));
        } else {
            ctx.errors().report(e);
        }
    }

    /** The engine's sentence in the window's language; for a fit that did not converge, its best point too. */
    static String errorText(PredictiveDataException e, Locale locale) {
        String text = e.localizedMessage(locale);
        ModelFit best = e.bestFit();
        if (best != null) {
            text = text + "\n" + PredictiveTexts.of(locale).get("predictive.error.bestPoint",
                    modelName(PredictiveTexts.of(locale), best.model()), parameters(best, locale),
                    format(best.logLikelihood(), 3, locale));
        }
        return text;
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    private void rebuildFits() {
        PredictiveResult r = result.get();
        fits.setAll(r == null ? List.of() : rowsOf(r, ctx.i18n().locale()));
    }

    /** Both purchase models and Gamma-Gamma: parameters, log-likelihood, holdout expected vs actual, status. */
    static List<FitRow> rowsOf(PredictiveResult r, Locale locale) {
        PredictiveTexts t = PredictiveTexts.of(locale);
        List<FitRow> rows = new ArrayList<>();
        for (var pf : new com.stratum.engine.predictive.ModelFitter.PurchaseFit[] {r.bgNbd(), r.paretoNbd()}) {
            if (pf == null) {
                continue;
            }
            boolean chosen = pf.model() == r.model();
            String holdout = r.summary().hasHoldout()
                    ? t.get("predictive.fits.holdoutValue", format(holdoutExpected(r, pf.model()), 1, locale),
                    format(r.holdoutActual(), 0, locale))
                    : t.get("predictive.fits.noHoldout");
            rows.add(new FitRow(modelName(t, pf.fit().model()), parameters(pf.fit(), locale),
                    format(pf.fit().logLikelihood(), 3, locale), holdout, status(t, pf.fit(), chosen), chosen));
        }
        if (r.gammaGamma() != null) {
            ModelFit g = r.gammaGamma().fit();
            rows.add(new FitRow(modelName(t, g.model()), parameters(g, locale), format(g.logLikelihood(), 3, locale),
                    t.get("predictive.fits.notApplicable"), status(t, g, false), false));
        }
        return rows;
    }

    /** Expected holdout repeat purchases of all customers under {@code m}. */
    static double holdoutExpected(PredictiveResult r, PurchaseModel m) {
        if (m == r.model()) {
            return r.holdoutExpected();
        }
        ChartSeries.HoldoutByFrequency h = r.holdoutByFrequency(m);
        double s = 0;
        for (int i = 0; i < h.customers().length; i++) {
            if (h.customers()[i] > 0) {
                s += h.customers()[i] * h.expectedMean()[i];
            }
        }
        return s;
    }

    private static String status(PredictiveTexts t, ModelFit f, boolean chosen) {
        if (!f.converged()) {
            return t.get("predictive.fits.notConverged");
        }
        return chosen ? t.get("predictive.fits.chosen") : t.get("predictive.fits.converged");
    }

    static String modelName(PredictiveTexts t, String key) {
        return switch (key) {
            case "bgnbd" -> t.get("predictive.model.bgnbd");
            case "pareto_nbd" -> t.get("predictive.model.pareto_nbd");
            case "gamma_gamma" -> t.get("predictive.model.gamma_gamma");
            default -> key;
        };
    }

    /**
     * {@code r = 0.24259, alpha = 4.41360, ...}: five decimals. The fits settle the parameters to about
     * 1e-6 relative (docs/PREDICTIVE.md), so a seventh decimal would show noise, not precision.
     */
    static String parameters(ModelFit f, Locale locale) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.parameterNames().size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(f.parameterNames().get(i)).append(" = ").append(format(f.parameters()[i], PARAMETER_DECIMALS, locale));
        }
        return b.toString();
    }

    static String format(double v, int decimals, Locale locale) {
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(locale);
        nf.setMinimumFractionDigits(decimals);
        nf.setMaximumFractionDigits(decimals);
        nf.setGroupingUsed(false);
        return nf.format(v);
    }

    public ObjectProperty<LocalDate> calibrationEndProperty() {
        return calibrationEnd;
    }

    public ObjectProperty<LocalDate> lastTransactionDateProperty() {
        return lastTransactionDate;
    }

    public ObjectProperty<ModelTimeUnit> timeUnitProperty() {
        return timeUnit;
    }

    public ObjectProperty<ModelChoice> modelProperty() {
        return model;
    }

    public IntegerProperty horizonDaysProperty() {
        return horizonDays;
    }

    public DoubleProperty monthlyDiscountRateProperty() {
        return monthlyDiscountRate;
    }

    public DoubleProperty highRiskBelowProperty() {
        return highRiskBelow;
    }

    public DoubleProperty lowRiskFromProperty() {
        return lowRiskFrom;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<PredictiveResult> resultProperty() {
        return result;
    }

    public ObservableList<FitRow> fits() {
        return fits;
    }

    public BooleanBinding canFitProperty() {
        return canFit;
    }
}
