package com.stratum.engine;

import com.stratum.engine.definition.TierScope;
import com.stratum.engine.definition.TierSpec;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Stratification: gives each customer a tier (0 = top) by one measure, inside each segment or over
 * everyone. Equal values always share a tier; a value of zero or below is always in the last tier (tiers
 * rank value: a customer with none is at the bottom). Customers whose measure is empty get tier -1.
 */
final class TierAssigner {

    private static final double EPS = 1e-9;

    private TierAssigner() {
    }

    /**
     * @param values     the measure per row (money in cents, exact as doubles), NaN when missing
     * @param ascending  the non-missing rows ordered by ascending value (cached per measure)
     * @param money      true when values are cents (threshold cuts are then given in currency units)
     */
    static int[] assign(TierSpec spec, double[] values, int[] ascending, boolean money, int[] segment,
                        int segmentCount) {
        int n = values.length;
        int levels = spec.levels().size();
        int last = levels - 1;
        int[] tier = new int[n];
        Arrays.fill(tier, -1);
        List<Double> cuts = spec.cuts();
        switch (spec.method()) {
            case THRESHOLDS -> {
                double[] c = new double[cuts.size()];
                for (int k = 0; k < c.length; k++) {
                    c[k] = money ? BigDecimal.valueOf(cuts.get(k)).movePointRight(2).doubleValue() : cuts.get(k);
                }
                for (int i = 0; i < n; i++) {
                    double v = values[i];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    int t = last;
                    for (int k = 0; k < c.length; k++) {
                        if (v >= c[k]) {
                            t = k;
                            break;
                        }
                    }
                    tier[i] = t;
                }
            }
            case QUANTILES, CUMULATIVE_SHARE -> {
                boolean perSegment = spec.scope() == TierScope.PER_SEGMENT;
                int groups = perSegment ? segmentCount : 1;
                double[] cum = new double[cuts.size()];
                double acc = 0;
                for (int k = 0; k < cum.length; k++) {
                    acc += cuts.get(k);
                    cum[k] = acc;
                }
                long[] count = new long[groups];
                double[] positiveTotal = new double[groups];
                for (int row : ascending) {
                    int g = perSegment ? segment[row] : 0;
                    count[g]++;
                    if (values[row] > 0) {
                        positiveTotal[g] += values[row];
                    }
                }
                long[] rank = new long[groups];
                double[] before = new double[groups];
                double[] prevValue = new double[groups];
                int[] prevTier = new int[groups];
                Arrays.fill(prevTier, -1);
                boolean quantiles = spec.method() == com.stratum.engine.definition.TierMethod.QUANTILES;
                for (int p = ascending.length - 1; p >= 0; p--) {
                    int row = ascending[p];
                    int g = perSegment ? segment[row] : 0;
                    double v = values[row];
                    int t;
                    if (v <= 0) {
                        // nothing bought (or net returns): never a top tier, whatever the share of zeros
                        // in the group; without this, a group of only zeros tied into the top tier
                        t = last;
                    } else if (prevTier[g] >= 0 && v == prevValue[g]) {
                        t = prevTier[g];
                    } else if (quantiles) {
                        t = last;
                        for (int k = 0; k < cum.length; k++) {
                            if (rank[g] + 1 <= cum[k] * count[g] + EPS) {
                                t = k;
                                break;
                            }
                        }
                    } else {
                        t = last;
                        if (v > 0) {
                            for (int k = 0; k < cum.length; k++) {
                                if (before[g] < cum[k] * positiveTotal[g] - EPS) {
                                    t = k;
                                    break;
                                }
                            }
                        }
                    }
                    tier[row] = t;
                    prevTier[g] = t;
                    prevValue[g] = v;
                    rank[g]++;
                    if (v > 0) {
                        before[g] += v;
                    }
                }
            }
            default -> throw new IllegalStateException(spec.method().toString());
        }
        return tier;
    }
}
