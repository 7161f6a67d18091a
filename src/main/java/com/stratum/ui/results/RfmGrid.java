package com.stratum.ui.results;

import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.ui.charts.HeatMapData;

import java.util.Optional;

/**
 * The RFM heat map's cells from a scored frame: customers per (frequency score, recency score) and
 * their average monetary. Only a tally of the engine's scores; scores outside 1..bins are skipped.
 */
public final class RfmGrid {

    public static final String R_SCORE = "r_score";
    public static final String F_SCORE = "f_score";
    public static final String MONETARY = "monetary";

    private RfmGrid() {
    }

    /** Empty when the frame has no RFM scores (the definition has no RFM part). */
    public static Optional<HeatMapData> of(CustomerFrame frame, String shadeLabel) {
        Optional<Column> r = frame.find(R_SCORE);
        Optional<Column> f = frame.find(F_SCORE);
        if (r.isEmpty() || f.isEmpty()) {
            return Optional.empty();
        }
        int bins = 0;
        int n = frame.size();
        for (int i = 0; i < n; i++) {
            if (!r.get().isMissing(i)) {
                bins = Math.max(bins, (int) r.get().asDouble(i));
            }
            if (!f.get().isMissing(i)) {
                bins = Math.max(bins, (int) f.get().asDouble(i));
            }
        }
        if (bins == 0) {
            return Optional.empty();
        }
        long[][] counts = new long[bins][bins];
        long[][] cents = new long[bins][bins];
        long[][] withMoney = new long[bins][bins];
        MoneyColumn money = frame.find(MONETARY).filter(c -> c instanceof MoneyColumn).map(c -> (MoneyColumn) c)
                .orElse(null);
        for (int i = 0; i < n; i++) {
            if (r.get().isMissing(i) || f.get().isMissing(i)) {
                continue;
            }
            int rs = (int) r.get().asDouble(i);
            int fs = (int) f.get().asDouble(i);
            if (rs < 1 || fs < 1 || rs > bins || fs > bins) {
                continue;
            }
            counts[fs - 1][rs - 1]++;
            if (money != null && !money.isMissing(i)) {
                cents[fs - 1][rs - 1] += money.cents()[i];
                withMoney[fs - 1][rs - 1]++;
            }
        }
        double[][] shade = new double[bins][bins];
        for (int a = 0; a < bins; a++) {
            for (int b = 0; b < bins; b++) {
                shade[a][b] = withMoney[a][b] == 0 ? Double.NaN : cents[a][b] / 100.0 / withMoney[a][b];
            }
        }
        String[] labels = new String[bins];
        for (int s = 0; s < bins; s++) {
            labels[s] = Integer.toString(s + 1);
        }
        return Optional.of(new HeatMapData(labels, labels.clone(), counts, shade, shadeLabel));
    }

    /**
     * The segment most customers of one score cell belong to (ties: the earlier segment), or -1
     * when the cell is empty: what a click on that heat-map cell opens.
     */
    public static int dominantSegment(CustomerFrame frame, int[] segmentOfRow, int segments, int frequencyScore,
                                      int recencyScore) {
        Optional<Column> r = frame.find(R_SCORE);
        Optional<Column> f = frame.find(F_SCORE);
        if (r.isEmpty() || f.isEmpty()) {
            return -1;
        }
        long[] tally = new long[segments];
        for (int i = 0; i < segmentOfRow.length; i++) {
            if (!r.get().isMissing(i) && !f.get().isMissing(i) && (int) r.get().asDouble(i) == recencyScore
                    && (int) f.get().asDouble(i) == frequencyScore) {
                tally[segmentOfRow[i]]++;
            }
        }
        int best = -1;
        for (int s = 0; s < segments; s++) {
            if (tally[s] > 0 && (best < 0 || tally[s] > tally[best])) {
                best = s;
            }
        }
        return best;
    }
}
