package com.stratum.engine;

import com.stratum.engine.definition.Direction;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.features.NumericColumn;

import java.util.Arrays;

/**
 * Scores one RFM dimension. Only the scored population (customers with a purchase) takes part in
 * the quantiles and gets a score; the others get an empty score. Values are in the measure's own
 * unit (money in currency units, as the R package sees them).
 */
final class RfmScorer {

    /**
     * The score column, how it was binned, and one bitmap per score (index s - 1): conditions on a
     * score then become ORs of these bitmaps instead of a pass over every customer.
     */
    record Scored(NumericColumn column, ScoreBins bins, long[][] scoreBits) {
    }

    private RfmScorer() {
    }

    /**
     * @param values     the measure per row, NaN when missing
     * @param sorted     the population's non-missing values, ascending
     * @param population rows to score (bitmap)
     */
    static Scored score(String scoreName, String feature, double[] values, double[] sorted, long[] population,
                        RfmDimension dim) {
        int bins = dim.bins();
        double[] cuts;
        boolean strictlyBelow;
        switch (dim.method()) {
            case QUANTILE -> {
                cuts = Quantiles.lowerCuts(sorted, bins);
                strictlyBelow = true; // score = 1 + #{cut < x}
            }
            case R_RFM -> {
                cuts = Quantiles.rfmPackageBreaks(sorted, bins);
                strictlyBelow = false; // [lower, upper): score = 1 + #{break <= x}
            }
            case BREAKPOINTS -> {
                cuts = dim.breakpoints().stream().mapToDouble(Double::doubleValue).toArray();
                strictlyBelow = false;
            }
            default -> throw new IllegalStateException(dim.method().toString());
        }
        boolean reverse = dim.direction() == Direction.LOWER_IS_BETTER;
        int n = values.length;
        double[] out = new double[n];
        long[] counts = new long[bins];
        long[][] bits = new long[bins][Bitmaps.words(values.length)];
        int nc = cuts.length;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            if (Double.isNaN(x) || (population[i >>> 6] & (1L << i)) == 0) {
                out[i] = Double.NaN;
                continue;
            }
            int raw = 1;
            if (strictlyBelow) {
                for (int k = 0; k < nc; k++) {
                    if (cuts[k] < x) {
                        raw++;
                    }
                }
            } else {
                for (int k = 0; k < nc; k++) {
                    if (cuts[k] <= x) {
                        raw++;
                    }
                }
            }
            int s = reverse ? bins + 1 - raw : raw;
            out[i] = s;
            counts[s - 1]++;
            bits[s - 1][i >>> 6] |= 1L << i;
        }
        return new Scored(new NumericColumn(scoreName, out),
                new ScoreBins(scoreName, feature, dim.method(), bins, Arrays.copyOf(cuts, nc), counts), bits);
    }
}
