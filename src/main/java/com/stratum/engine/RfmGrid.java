package com.stratum.engine;

import com.stratum.engine.definition.RfmScoring;
import com.stratum.features.Column;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;

/**
 * The RFM heat map: customers per (recency score, frequency score) cell and their mean monetary.
 * {@code counts[r - 1][f - 1]}; {@code meanMonetary} in currency units, NaN for an empty cell.
 */
public record RfmGrid(int recencyBins, int frequencyBins, long[][] counts, double[][] meanMonetary) {

    /** The grid of an RFM assignment; throws when the definition has no RFM part. */
    public static RfmGrid of(Assignment a) {
        if (a.definition().rfm() == null) {
            throw new IllegalArgumentException("The definition " + a.definition().name() + " has no RFM scores");
        }
        int rb = a.definition().rfm().recency().bins();
        int fb = a.definition().rfm().frequency().bins();
        double[] r = ((NumericColumn) a.frame().column(RfmScoring.R_SCORE)).values();
        double[] f = ((NumericColumn) a.frame().column(RfmScoring.F_SCORE)).values();
        Column m = a.frame().column(a.definition().rfm().monetaryFeature());
        long[][] counts = new long[rb][fb];
        double[][] sum = new double[rb][fb];
        long[][] cents = new long[rb][fb];
        boolean money = m instanceof MoneyColumn;
        for (int i = 0; i < r.length; i++) {
            if (Double.isNaN(r[i]) || Double.isNaN(f[i])) {
                continue;
            }
            int ri = (int) r[i] - 1;
            int fi = (int) f[i] - 1;
            counts[ri][fi]++;
            if (money) {
                cents[ri][fi] += ((MoneyColumn) m).isMissing(i) ? 0 : ((MoneyColumn) m).cents()[i];
            } else if (!m.isMissing(i)) {
                sum[ri][fi] += m.asDouble(i);
            }
        }
        double[][] mean = new double[rb][fb];
        for (int i = 0; i < rb; i++) {
            for (int j = 0; j < fb; j++) {
                double total = money ? cents[i][j] / 100.0 : sum[i][j];
                mean[i][j] = counts[i][j] == 0 ? Double.NaN : total / counts[i][j];
            }
        }
        return new RfmGrid(rb, fb, counts, mean);
    }
}
