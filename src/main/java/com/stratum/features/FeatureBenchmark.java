package com.stratum.features;

/**
 * Times {@link FeatureBuilder} over {@link SyntheticTransactions} (for {@code bench engine}, which
 * prints {@code features_seconds}). Pure: it measures and returns, the CLI prints.
 */
public final class FeatureBenchmark {

    /**
     * @param generateSeconds time to make the synthetic tables (not part of the figure)
     * @param firstSeconds    the first (cold) feature build
     * @param bestSeconds     the fastest of the builds
     * @param result          the features of the last build (for timing the engine on them)
     */
    public record Result(int customers, int lines, double generateSeconds, double firstSeconds,
                         double bestSeconds, FeatureResult result) {
    }

    private FeatureBenchmark() {
    }

    public static Result run(int customers, int lines, long seed, int repeats) {
        long t0 = System.nanoTime();
        SyntheticTransactions.Data data = SyntheticTransactions.generate(customers, lines, seed);
        double generate = seconds(t0);
        double first = 0;
        double best = Double.MAX_VALUE;
        FeatureResult result = null;
        for (int i = 0; i < Math.max(1, repeats); i++) {
            long t = System.nanoTime();
            result = FeatureBuilder.build(data.transactions(), data.customers(), FeatureSettings.defaults());
            double s = seconds(t);
            if (i == 0) {
                first = s;
            }
            best = Math.min(best, s);
        }
        return new Result(customers, data.transactions().size(), generate, first, best, result);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
