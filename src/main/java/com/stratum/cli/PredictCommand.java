package com.stratum.cli;

import com.stratum.engine.predictive.ModelChoice;
import com.stratum.engine.predictive.ModelTimeUnit;
import com.stratum.engine.predictive.PredictiveAnalysis;
import com.stratum.engine.predictive.PredictiveOptions;
import com.stratum.engine.predictive.PredictiveResult;
import com.stratum.engine.predictive.PurchaseLog;
import com.stratum.exports.TableWriters;
import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/**
 * `predict --workspace WS [--calibration-end D] [--time-unit weeks|days] [--model bgnbd|pareto-nbd|auto]
 * [--horizon-days N] [--discount-monthly R] --export OUT.csv|OUT.xlsx`: fits BG/NBD, Pareto/NBD and
 * Gamma-Gamma on the workspace's transactions, writes one row per customer and prints one JSON object.
 */
@Command(name = "predict", description = "Fit BG/NBD, Pareto/NBD and Gamma-Gamma; export per-customer predictions.")
public final class PredictCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Mixin
    WorkspacePassword password;

    @Option(names = "--calibration-end", paramLabel = "YYYY-MM-DD",
            description = "Last day of the calibration period, inclusive (default: the last transaction date).")
    String calibrationEnd;

    @Option(names = "--time-unit", paramLabel = "weeks|days", defaultValue = "weeks",
            description = "Time unit of t_x, T and the parameters (default: weeks, as published).")
    String timeUnit;

    @Option(names = "--model", paramLabel = "bgnbd|pareto-nbd|auto", defaultValue = "auto",
            description = "Purchase model for the predictions (auto: smaller holdout error, else higher likelihood).")
    String model;

    @Option(names = "--horizon-days", paramLabel = "N", defaultValue = "365",
            description = "Horizon of expected purchases and CLV in days (default 365).")
    int horizonDays;

    @Option(names = "--discount-monthly", paramLabel = "R", defaultValue = "0.01",
            description = "Monthly discount rate of the CLV (default 0.01).")
    double discountMonthly;

    @Option(names = "--export", required = true, paramLabel = "OUT.csv|OUT.xlsx",
            description = "Write one row per customer to this file.")
    Path export;

    @Override
    public Integer call() {
        PredictiveOptions options;
        try {
            options = options();
            TableWriters.formatOf(export);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return StratumCli.EXIT_BAD_INPUT;
        }
        try {
            CommandSupport.requireWorkspace(workspace);
            return run(options);
        } catch (Exception e) {
            return CommandSupport.exitCode(e, export, "Internal error while predicting: " + e);
        }
    }

    private int run(PredictiveOptions options) throws IOException {
        try (Workspace ws = password.open(workspace)) {
            PurchaseLog log = PurchaseLog.from(new CustomerDataLoader(ws).load().transactions());
            PredictiveResult result = PredictiveAnalysis.run(log, options);
            PredictionReport.export(result, export);
            System.out.println(PredictionReport.json(result));
            return 0;
        }
    }

    private PredictiveOptions options() {
        PredictiveOptions o = PredictiveOptions.defaults();
        if (calibrationEnd != null) {
            try {
                o = o.withCalibrationEnd(LocalDate.parse(calibrationEnd.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--calibration-end: '" + calibrationEnd
                        + "' is not a date like 1997-09-30.");
            }
        }
        try {
            o = o.withTimeUnit(ModelTimeUnit.parse(timeUnit));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--time-unit: " + e.getMessage());
        }
        try {
            o = o.withModel(ModelChoice.parse(model));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--model: " + e.getMessage());
        }
        if (horizonDays <= 0) {
            throw new IllegalArgumentException("--horizon-days: must be at least 1, got " + horizonDays + ".");
        }
        if (!(discountMonthly >= 0 && discountMonthly < 1)) {
            throw new IllegalArgumentException("--discount-monthly: must be at least 0 and below 1, got "
                    + discountMonthly + ".");
        }
        return o.withHorizonDays(horizonDays).withMonthlyDiscountRate(discountMonthly);
    }
}
