package com.stratum.engine;

import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;
import com.stratum.engine.definition.TierMethod;
import com.stratum.engine.definition.TierScope;
import com.stratum.engine.definition.TierSpec;
import com.stratum.features.CustomerFrame;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TierTest {

    private static final List<TierLevel> LEVELS = List.of(new TierLevel("vip", "VIP", null, null),
            new TierLevel("gold", "Gold", null, null), new TierLevel("bronze", "Bronze", null, null));

    // monetary: a 50, b 20, c 10, d 10, e 5, f 3, g 2, h (empty); group A = a..d, group B = e..h
    private static final CustomerFrame F = Frames.ids("a", "b", "c", "d", "e", "f", "g", "h")
            .money("monetary", "50", "20", "10", "10", "5", "3", "2", null)
            .cat("grp", "A", "A", "A", "A", "B", "B", "B", "B")
            .build();

    private static String[] tiers(TierSpec spec) {
        Definition d = new Definition("t", 1, null, null, null, null,
                List.of(new SegmentSpec("a", "A", null, null, null, null, com.stratum.engine.definition.Condition.in("grp", "A")),
                        new SegmentSpec("b", "B", null, null, null, null, null)), null, spec, null);
        Assignment a = Evaluator.evaluate(d, F);
        String[] out = new String[F.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.tierName(i);
        }
        return out;
    }

    @Test
    void fixedThresholdsInCurrencyUnits() {
        // VIP >= 20.00, Gold >= 5.00, else Bronze; empty -> no tier
        assertThat(tiers(new TierSpec("monetary", TierMethod.THRESHOLDS, TierScope.EVERYONE, List.of(20.0, 5.0), LEVELS)))
                .containsExactly("VIP", "VIP", "Gold", "Gold", "Gold", "Bronze", "Bronze", null);
    }

    @Test
    void quantilesOverEveryoneKeepTiesTogether() {
        // 7 valued customers, top 25% VIP -> floor(1.75) = 1 customer (a), next 50% -> up to 0.75 * 7 = 5.25 -> ranks 2..5:
        // b, c, d, e; ties: c and d (10) both at ranks 3-4, inside Gold anyway; rest f, g Bronze.
        assertThat(tiers(new TierSpec("monetary", TierMethod.QUANTILES, TierScope.EVERYONE, List.of(0.25, 0.5), LEVELS)))
                .containsExactly("VIP", "Gold", "Gold", "Gold", "Gold", "Bronze", "Bronze", null);
        // top 3/7 VIP: ranks 1-3 (a, b, c); d (rank 4) ties with c so it joins VIP too. Gold is ranks 4-5
        // (cumulative 5/7 x 7 = 5): e at rank 5; f at rank 6 is past 5 -> Bronze, g Bronze.
        assertThat(tiers(new TierSpec("monetary", TierMethod.QUANTILES, TierScope.EVERYONE, List.of(3.0 / 7, 2.0 / 7), LEVELS)))
                .containsExactly("VIP", "VIP", "VIP", "VIP", "Gold", "Bronze", "Bronze", null);
    }

    @Test
    void customersWithNothingBoughtAreInTheLastTierEvenWhenTheWholeGroupIsZero() {
        // group A: 40, 0, 0; group B: 0, 0, 0 (a "No Purchases" segment). Per segment, top 1/3 VIP, next 1/3 Gold.
        // A: p (40) rank 1 <= 1 -> VIP; q and r are zero -> Bronze. B: all zero -> Bronze (before: all tied into VIP).
        CustomerFrame f = Frames.ids("p", "q", "r", "s", "t", "u")
                .money("monetary", "40", "0", "0", "0", "0", "0")
                .cat("grp", "A", "A", "A", "B", "B", "B")
                .build();
        Definition d = new Definition("t", 1, null, null, null, null,
                List.of(new SegmentSpec("a", "A", null, null, null, null, com.stratum.engine.definition.Condition.in("grp", "A")),
                        new SegmentSpec("b", "B", null, null, null, null, null)), null,
                new TierSpec("monetary", TierMethod.QUANTILES, TierScope.PER_SEGMENT, List.of(1.0 / 3, 1.0 / 3), LEVELS), null);
        Assignment a = Evaluator.evaluate(d, f);
        String[] out = new String[f.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.tierName(i);
        }
        assertThat(out).containsExactly("VIP", "Bronze", "Bronze", "Bronze", "Bronze", "Bronze");
    }

    @Test
    void quantilesPerSegment() {
        // A (50 20 10 10), top 25% -> 1 (a), next 50% -> ranks 2..3 (b, c) and d ties with c -> Gold
        // B (5 3 2, h empty), top 25% of 3 -> floor(0.75) = 0 customers; next 50% -> up to 2.25 -> ranks 1..2: e, f; g Bronze
        assertThat(tiers(new TierSpec("monetary", TierMethod.QUANTILES, TierScope.PER_SEGMENT, List.of(0.25, 0.5), LEVELS)))
                .containsExactly("VIP", "Gold", "Gold", "Gold", "Gold", "Gold", "Bronze", null);
    }

    @Test
    void cumulativeShareOfRevenue() {
        // total 100: 80% -> a (50) then b (cum before 50 < 80) -> VIP; c starts at 70 < 80 -> VIP, reaching 80;
        // d ties with c -> VIP. Next 15% (cum < 95): e starts at 90 -> Gold; f at 95 -> not < 95 -> Bronze; g Bronze.
        assertThat(tiers(new TierSpec("monetary", TierMethod.CUMULATIVE_SHARE, TierScope.EVERYONE, List.of(0.8, 0.15), LEVELS)))
                .containsExactly("VIP", "VIP", "VIP", "VIP", "Gold", "Bronze", "Bronze", null);
        // per segment: A total 90, 80% = 72: a (0) b (50) VIP, c starts at 70 < 72 VIP, d ties -> VIP.
        // B total 10, 80% = 8: e (0) VIP, f starts at 5 < 8 VIP, g starts at 8: Gold needs < 9.5 -> Gold
        assertThat(tiers(new TierSpec("monetary", TierMethod.CUMULATIVE_SHARE, TierScope.PER_SEGMENT, List.of(0.8, 0.15), LEVELS)))
                .containsExactly("VIP", "VIP", "VIP", "VIP", "VIP", "VIP", "Gold", null);
    }

    @Test
    void tierCountsPerSegmentInTheSummary() {
        Definition d = new Definition("t", 1, null, null, null, null, List.of(), null,
                new TierSpec("monetary", TierMethod.THRESHOLDS, TierScope.EVERYONE, List.of(20.0, 5.0), LEVELS), null);
        Assignment a = Evaluator.evaluate(d, F);
        assertThat(a.summary()).hasSize(1);
        assertThat(a.summary().get(0).tierCounts()).containsExactly(2, 3, 2);
    }
}
