package com.stratum.cli;

import com.stratum.engine.predictive.BgNbdModel;
import com.stratum.engine.predictive.CalibrationSummary;
import com.stratum.engine.predictive.CalibrationSummaryBuilder;
import com.stratum.engine.predictive.GammaGammaModel;
import com.stratum.engine.predictive.ModelFitter;
import com.stratum.engine.predictive.ModelTimeUnit;
import com.stratum.engine.predictive.PurchaseLog;
import com.stratum.engine.predictive.CustomerPredictions;
import com.stratum.engine.predictive.PredictiveAnalysis;
import com.stratum.engine.predictive.PredictiveOptions;
import com.stratum.engine.predictive.SyntheticPurchases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * `bench predict --customers N`: fits the three predictive models on seeded synthetic data drawn from the
 * BG/NBD process with the published CDNOW parameters (12-week cohort, 39-week calibration, 39-week holdout).
 */
@Command(name = "predict", description = "Benchmark the BG/NBD, Pareto/NBD and Gamma-Gamma fits.")
public final class PredictBenchCommand implements Callable<Integer> {

    @Option(names = "--customers", defaultValue = "1000000", description = "Number of synthetic customers.")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
    long seed;

    @Override
    public Integer call() {
        BgNbdModel truth = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
        long t0 = System.nanoTime();
        PurchaseLog log = SyntheticPurchases.generate(customers, seed, truth, spend, 84, 546);
        print("generate_seconds", seconds(t0), "s");
        print("transactions", log.lines(), "lines");
        t0 = System.nanoTime();
        CalibrationSummary summary = CalibrationSummaryBuilder.build(log,
                SyntheticPurchases.START.plusDays(272), ModelTimeUnit.WEEKS);
        print("summary_seconds", seconds(t0), "s");

        // CPU seconds next to wall seconds: on a shared machine the wall time says more about the neighbours
        t0 = System.nanoTime();
        long c0 = cpuNanos();
        ModelFitter.PurchaseFit bg = ModelFitter.fitBgNbd(summary);
        print("bgnbd_fit_seconds", seconds(t0), "s");
        print("bgnbd_fit_cpu_seconds", (cpuNanos() - c0) / 1e9, "s");
        t0 = System.nanoTime();
        c0 = cpuNanos();
        ModelFitter.PurchaseFit pn = ModelFitter.fitParetoNbd(summary);
        print("pareto_nbd_fit_seconds", seconds(t0), "s");
        print("pareto_nbd_fit_cpu_seconds", (cpuNanos() - c0) / 1e9, "s");
        t0 = System.nanoTime();
        c0 = cpuNanos();
        ModelFitter.SpendFit gg = ModelFitter.fitGammaGamma(summary);
        print("gamma_gamma_fit_seconds", seconds(t0), "s");
        print("gamma_gamma_fit_cpu_seconds", (cpuNanos() - c0) / 1e9, "s");

        // P(alive), E[Y(horizon)], E[M] and CLV for every customer, as the predict command computes them
        t0 = System.nanoTime();
        c0 = cpuNanos();
        CustomerPredictions predictions = PredictiveAnalysis.predict(bg.model(), gg.model(), summary,
                PredictiveOptions.defaults().withHorizonDays(364), null);
        print("predict_all_ms", (System.nanoTime() - t0) / 1e6, "ms");
        print("predict_all_cpu_ms", (cpuNanos() - c0) / 1e6, "ms");
        print("predicted_customers", predictions.size(), "customers");
        print("load_average", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                "");
        print("cores", Runtime.getRuntime().availableProcessors(), "");
        print("bgnbd_evaluations", bg.fit().evaluations(), "evaluations");
        print("pareto_nbd_evaluations", pn.fit().evaluations(), "evaluations");
        print("gamma_gamma_evaluations", gg.fit().evaluations(), "evaluations");
        System.out.println("bgnbd_fitted: " + bg.fit().describeParameters() + " (true " + truth.r() + ", "
                + truth.alpha() + ", " + truth.a() + ", " + truth.b() + ")");
        return 0;
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void print(String name, double value, String unit) {
        System.out.println(name + ": " + String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.3f", value)
                + " " + unit);
    }
}
