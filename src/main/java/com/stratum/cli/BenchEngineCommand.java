package com.stratum.cli;

import com.stratum.engine.Assignment;
import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.Evaluator;
import com.stratum.engine.ScenarioEvaluation;
import com.stratum.engine.SegmentLabels;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.CustomerFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static com.stratum.engine.definition.Condition.between;
import static com.stratum.engine.definition.Condition.ge;
import static com.stratum.engine.definition.Condition.in;
import static com.stratum.engine.definition.Condition.isEmpty;
import static com.stratum.engine.definition.Condition.lt;
import static com.stratum.engine.definition.Condition.textEquals;
import static com.stratum.engine.definition.Criterion.and;
import static com.stratum.engine.definition.Criterion.or;

/**
 * `bench engine`: feature building, full evaluations of rfm-standard and of a 10-segment rule
 * definition, and the what-if case (median of 50 re-evaluations, each after one threshold moved; and the
 * same with the comparison against the baseline that the what-if view computes per slider position).
 */
@Command(name = "engine", description = "Benchmark the segmentation engine and print `name: value unit` lines.")
public final class BenchEngineCommand implements Callable<Integer> {

    @Option(names = "--customers", defaultValue = "1000000", description = "Customers (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--transactions", defaultValue = "10000000", description = "Transaction lines (default ${DEFAULT-VALUE}).")
    long transactions;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() {
        FrameSource.Built built = FrameSource.benchmarkFrame(customers, transactions, seed);
        CustomerFrame frame = built.frame();
        line("customers", Integer.toString(frame.size()), "");
        line("transactions", Long.toString(built.transactions()), "");
        line("features_seconds", fmt(built.featureSeconds(), 2), "s");

        Evaluator evaluator = new Evaluator(frame);
        Definition rfm = BuiltInDefinitions.rfmStandard();
        double rfmFirst = timeMs(() -> evaluator.evaluate(rfm));
        warm(() -> evaluator.evaluate(rfm.withRfm(rfm.rfm().withFrequency(rfm.rfm().frequency().withBins(4)))));
        double[] rfmCpu = new double[5];
        double rfmMs = median(5, i -> {
            double w = timeMs(() -> new Evaluator(frame).evaluate(rfm));
            rfmCpu[i] = cpuMs;
            return w;
        });
        Arrays.sort(rfmCpu);
        line("rfm_eval_first_ms", fmt(rfmFirst, 1), "ms");
        line("rfm_eval_ms", fmt(rfmMs, 1), "ms");
        line("rfm_eval_cpu_ms", fmt(rfmCpu[2], 1), "ms");

        Definition rules = tenSegments(3000);
        warm(() -> new Evaluator(frame).evaluate(rules));
        double[] rulesCpu = new double[5];
        double rulesMs = median(5, i -> {
            double w = timeMs(() -> new Evaluator(frame).evaluate(rules));
            rulesCpu[i] = cpuMs;
            return w;
        });
        Arrays.sort(rulesCpu);
        line("rules_eval_ms", fmt(rulesMs, 1), "ms");
        line("rules_eval_cpu_ms", fmt(rulesCpu[2], 1), "ms");

        Evaluator whatIf = new Evaluator(frame);
        whatIf.evaluate(rules);
        double[] samples = new double[50];
        double[] cpu = new double[50];
        for (int i = 0; i < 50; i++) {
            Definition moved = tenSegments(3000 + 50 * (i + 1));
            samples[i] = timeMs(() -> whatIf.evaluate(moved));
            cpu[i] = cpuMs;
        }
        Arrays.sort(samples);
        Arrays.sort(cpu);
        line("whatif_reeval_ms_p50", fmt(samples[25], 1), "ms");
        line("whatif_reeval_ms_max", fmt(samples[49], 1), "ms");
        line("whatif_reeval_cpu_ms_p50", fmt(cpu[25], 1), "ms");

        // the whole what-if update short of drawing: what the view model does per slider position
        // (re-evaluation, the scenario's labels, deltas, migration matrix and movers against the baseline)
        SegmentLabels baseLabels = whatIf.evaluate(rules).labels();
        double[] update = new double[50];
        double[] updateCpu = new double[50];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 50; i++) {
            Definition d = tenSegments(3025 + 50 * i); // thresholds not used above: nothing cached for them
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ScenarioEvaluation e = ScenarioEvaluation.of(whatIf, d, baseLabels);
            sink += e.comparison().moverCount() + e.comparison().deltas().size();
            update[i] = (System.nanoTime() - t) / 1e6;
            updateCpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(update);
        Arrays.sort(updateCpu);
        line("whatif_update_ms_p50", fmt(update[25], 1), "ms");
        line("whatif_update_ms_max", fmt(update[49], 1), "ms");
        line("whatif_update_cpu_ms_p50", fmt(updateCpu[25], 1), "ms");
        if (sink < 0) {
            throw new IllegalStateException();
        }

        double[] rfmWhatIf = new double[50];
        for (int i = 0; i < 50; i++) {
            List<Double> b = List.of(30.0 + i, 90.0, 180.0, 365.0);
            Definition moved = rfm.withRfm(rfm.rfm().withRecency(
                    com.stratum.engine.definition.RfmDimension.breakpoints(b,
                            com.stratum.engine.definition.Direction.LOWER_IS_BETTER)));
            rfmWhatIf[i] = timeMs(() -> whatIf.evaluate(moved));
            cpu[i] = cpuMs;
        }
        Arrays.sort(rfmWhatIf);
        Arrays.sort(cpu);
        line("whatif_rfm_breakpoint_ms_p50", fmt(rfmWhatIf[25], 1), "ms");
        line("whatif_rfm_breakpoint_cpu_ms_p50", fmt(cpu[25], 1), "ms");
        line("peak_heap_mb", fmt(peakHeapMb(), 0), "MB");
        return 0;
    }

    /** Ten segments over numbers, money, categories and empties, with nested AND/OR/NOT. */
    static Definition tenSegments(double vipThreshold) {
        List<SegmentSpec> s = new ArrayList<>();
        s.add(seg("vip", and(ge("monetary", vipThreshold), ge("frequency", 5))));
        s.add(seg("omni_high", and(textEquals("channel_type", "omni_channel"), ge("monetary", 1000))));
        s.add(seg("loyal_brand", and(ge("brand_loyalty", 0.8), ge("frequency", 3))));
        s.add(seg("recent_new", and(lt("recency_days", 30), lt("frequency", 2))));
        s.add(seg("lapsing", and(between("recency_days", 180, 365), ge("frequency", 3))));
        s.add(seg("night_online", and(textEquals("daypart", "night"), in("channel_type", "online_only", "omni_channel"))));
        s.add(seg("intl", and(textEquals("domestic", "international"), ge("monetary", 200))));
        s.add(seg("young_tier1", and(lt("age", 30), in("city_tier", "tier_1"), isEmpty("brand_loyalty").not())));
        s.add(seg("returners", or(lt("monetary", 0), and(ge("frequency", 1), lt("avg_order_value", 5)))));
        s.add(seg("dormant", or(ge("recency_days", 365), isEmpty("recency_days"))));
        return new Definition("bench-rules", 1, "custom", null, null, null, s, null, null, null);
    }

    private static SegmentSpec seg(String key, com.stratum.engine.definition.Criterion c) {
        return new SegmentSpec(key, key, null, null, null, null, c);
    }

    private static void warm(Runnable r) {
        for (int i = 0; i < 3; i++) {
            r.run();
        }
    }

    /** CPU time of the measured calls, to tell the engine's cost from waiting for a busy machine. */
    private static double cpuMs;

    private static double timeMs(java.util.function.Supplier<Assignment> r) {
        java.lang.management.ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        long c = tm.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        Assignment a = r.get();
        double ms = (System.nanoTime() - t) / 1e6;
        cpuMs = (tm.getCurrentThreadCpuTime() - c) / 1e6;
        if (a.size() < 0) {
            throw new IllegalStateException();
        }
        return ms;
    }

    private static double median(int runs, java.util.function.IntToDoubleFunction f) {
        double[] v = new double[runs];
        for (int i = 0; i < runs; i++) {
            v[i] = f.applyAsDouble(i);
        }
        Arrays.sort(v);
        return v[runs / 2];
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static void line(String name, String value, String unit) {
        System.out.println(name + ": " + value + (unit.isEmpty() ? "" : " " + unit));
    }
}
