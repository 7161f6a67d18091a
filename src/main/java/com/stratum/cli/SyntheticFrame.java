package com.stratum.cli;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded customer frame with realistic shapes (skewed spend, many one-time buyers, 5% without a
 * purchase) for the engine benchmark when it should not depend on the feature build.
 */
final class SyntheticFrame {

    private SyntheticFrame() {
    }

    static CustomerFrame generate(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] ids = new String[n];
        double[] recency = new double[n];
        double[] frequency = new double[n];
        long[] monetary = new long[n];
        double[] aov = new double[n];
        double[] age = new double[n];
        double[] loyalty = new double[n];
        int[] channel = new int[n];
        int[] daypart = new int[n];
        int[] tier = new int[n];
        int[] domestic = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Integer.toString(100000 + i);
            boolean buyer = rnd.nextDouble() >= 0.05;
            int f = buyer ? 1 + (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 3) : 0;
            frequency[i] = f;
            recency[i] = buyer ? 1 + rnd.nextInt(540) : Double.NaN;
            double avg = Math.exp(3.5 + rnd.nextGaussian() * 0.9);
            long cents = buyer ? Math.round(avg * f * 100) : 0;
            if (buyer && rnd.nextDouble() < 0.03) {
                cents = -cents / 5; // returns exceed purchases
            }
            monetary[i] = cents;
            aov[i] = f == 0 ? Double.NaN : cents / 100.0 / f;
            age[i] = rnd.nextDouble() < 0.1 ? Double.NaN : 18 + rnd.nextInt(60);
            loyalty[i] = buyer ? rnd.nextDouble() : Double.NaN;
            channel[i] = buyer ? rnd.nextInt(3) : CategoricalColumn.MISSING;
            daypart[i] = buyer ? rnd.nextInt(4) : CategoricalColumn.MISSING;
            tier[i] = rnd.nextInt(3);
            domestic[i] = rnd.nextDouble() < 0.8 ? 0 : 1;
        }
        List<Column> cols = new ArrayList<>();
        cols.add(new NumericColumn("recency_days", recency));
        cols.add(new NumericColumn("frequency", frequency));
        cols.add(new MoneyColumn("monetary", monetary, new BitSet()));
        cols.add(new NumericColumn("avg_order_value", aov));
        cols.add(new NumericColumn("age", age));
        cols.add(new NumericColumn("brand_loyalty", loyalty));
        cols.add(new CategoricalColumn("channel_type", channel, List.of("online_only", "offline_only", "omni_channel")));
        cols.add(new CategoricalColumn("daypart", daypart, List.of("morning", "afternoon", "evening", "night")));
        cols.add(new CategoricalColumn("city_tier", tier, List.of("tier_1", "tier_2", "tier_3")));
        cols.add(new CategoricalColumn("domestic", domestic, List.of("domestic", "international")));
        return new CustomerFrame(ids, LocalDate.of(2025, 1, 1), cols);
    }
}
