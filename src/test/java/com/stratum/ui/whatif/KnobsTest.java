package com.stratum.ui.whatif;

import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Direction;
import com.stratum.engine.definition.MonetaryBasis;
import com.stratum.engine.definition.Operator;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;
import com.stratum.engine.definition.TierMethod;
import com.stratum.engine.definition.TierScope;
import com.stratum.engine.definition.TierSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of threshold becomes a slider (RFM breakpoints and score counts, tier cuts, k) and IN levels toggles. */
class KnobsTest {

    private static final Knobs.Labels LABELS = new Knobs.Labels() {
        @Override
        public String feature(String key) {
            return key;
        }

        @Override
        public String segment(SegmentSpec s) {
            return s.name();
        }

        @Override
        public String operator(Operator op) {
            return op.name();
        }

        @Override
        public String text(String key, Object... args) {
            return key;
        }
    };

    /**
     * Recency scored by breakpoints 30 and 90 days; frequency and monetary by 5 quantile scores; tiers
     * on monetary at 100 and 500; k-means with k = 4; one segment "Web": channel IN {online}.
     */
    static Definition everything() {
        RfmScoring rfm = new RfmScoring(RfmDimension.breakpoints(List.of(30.0, 90.0), Direction.LOWER_IS_BETTER),
                RfmDimension.quantiles(5, Direction.HIGHER_IS_BETTER), RfmDimension.quantiles(5, Direction.HIGHER_IS_BETTER),
                MonetaryBasis.TOTAL);
        TierSpec tiers = new TierSpec("monetary", TierMethod.THRESHOLDS, TierScope.EVERYONE, List.of(100.0, 500.0),
                List.of(new TierLevel("b", "Bronze", null, null), new TierLevel("s", "Silver", null, null),
                        new TierLevel("g", "Gold", null, null)));
        return new Definition("all", 1, "custom", null, rfm, ClusteringSpec.fixedK(List.of("monetary"), 4, 1), List.of(
                new SegmentSpec("web", "Web", null, null, null, null, Criterion.and(Condition.in("channel", "online")))),
                null, tiers, null);
    }

    @Test
    void everyNumericThresholdIsASlider() {
        List<Knob> knobs = Knobs.sliders(everything(), f -> Optional.empty(), LABELS);
        assertThat(knobs).extracting(Knob::id)
                .containsExactly("rfm-r-0", "rfm-r-1", "rfm-f-bins", "rfm-m-bins", "tier-0", "tier-1", "k");
        assertThat(knobs).extracting(Knob::value).containsExactly(30.0, 90.0, 5.0, 5.0, 100.0, 500.0, 4.0);
        assertThat(knobs).extracting(Knob::integer).containsExactly(false, false, true, true, false, false, true);
    }

    @Test
    void slidersChangeTheDefinitionAndKeepBreakpointsInOrder() {
        Definition d = everything();
        List<Knob> knobs = Knobs.sliders(d, f -> Optional.empty(), LABELS);
        // the first breakpoint dragged past the second (90) stops at 90
        assertThat(knobs.get(0).apply().apply(d, 120.0).rfm().recency().breakpoints()).containsExactly(90.0, 90.0);
        assertThat(knobs.get(2).apply().apply(d, 3.0).rfm().frequency().bins()).isEqualTo(3);
        assertThat(knobs.get(5).apply().apply(d, 800.0).tiers().cuts()).containsExactly(100.0, 800.0);
        assertThat(knobs.get(6).apply().apply(d, 6.0).clustering().k()).isEqualTo(6);
    }

    @Test
    void categoricalLevelsAreToggles() {
        Definition d = everything();
        List<Choice> choices = Knobs.toggles(d, f -> Optional.empty(), LABELS);
        assertThat(choices).hasSize(1);
        assertThat(choices.get(0).selected()).isTrue();
        Definition off = choices.get(0).apply().apply(d, false);
        assertThat(((Condition) ((com.stratum.engine.definition.Group) off.segments().get(0).criteria()).children().get(0))
                .values()).isEmpty();
    }

    /** Quantile cuts are each tier's width: 5 %, 15 %, 30 % of customers put the boundaries at 5, 20 and 50 %. */
    private static Definition quantileTiers() {
        TierSpec tiers = new TierSpec("monetary", TierMethod.QUANTILES, TierScope.EVERYONE, List.of(0.05, 0.15, 0.30),
                List.of(new TierLevel("v", "VIP", null, null), new TierLevel("g", "Gold", null, null),
                        new TierLevel("s", "Silver", null, null), new TierLevel("b", "Bronze", null, null)));
        return new Definition("t", 1, "custom", null, null, null, List.of(), null, tiers, null);
    }

    @Test
    void tierKnobsAreCumulativePercentsNamedByTheirBoundary() {
        Knobs.Labels labels = new Knobs.Labels() {
            @Override
            public String feature(String key) {
                return key;
            }

            @Override
            public String segment(SegmentSpec s) {
                return s.name();
            }

            @Override
            public String operator(Operator op) {
                return op.name();
            }

            @Override
            public String text(String key, Object... args) {
                return key.equals("whatif.tierCut") ? args[0] + " / " + args[1] : "(%)";
            }
        };
        List<Knob> knobs = Knobs.sliders(quantileTiers(), f -> Optional.empty(), labels);
        assertThat(knobs).extracting(Knob::label).containsExactly("VIP / Gold (%)", "Gold / Silver (%)",
                "Silver / Bronze (%)");
        assertThat(knobs).extracting(Knob::value).containsExactly(5.0, 20.0, 50.0);
        assertThat(knobs).allMatch(k -> k.percent() && "tier".equals(k.chain()) && k.min() == 0 && k.max() == 100);
    }

    @Test
    void movingATierBoundaryKeepsTheOthersAndCannotPassItsNeighbours() {
        Definition d = quantileTiers();
        Knob goldSilver = Knobs.sliders(d, f -> Optional.empty(), LABELS).get(1);
        // boundary 20 % -> 30 %: Gold widens to 25 %, Silver narrows to 20 % so Silver / Bronze stays at 50 %
        assertThat(goldSilver.apply().apply(d, 30.0).tiers().cuts()).containsExactly(0.05, 0.25, 0.20);
        // 70 % would pass Silver / Bronze at 50 %: held at 50 %, Silver empty
        assertThat(goldSilver.apply().apply(d, 70.0).tiers().cuts()).containsExactly(0.05, 0.45, 0.0);
        // 2 % would pass VIP / Gold at 5 %: held at 5 %, Gold empty, Silver takes 45 %
        assertThat(goldSilver.apply().apply(d, 2.0).tiers().cuts()).containsExactly(0.05, 0.0, 0.45);
    }
}
