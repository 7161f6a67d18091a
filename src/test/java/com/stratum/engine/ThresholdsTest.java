package com.stratum.engine;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Definition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThresholdsTest {

    @Test
    void listsAndMovesEveryNumber() {
        Definition d = BuiltInDefinitions.find("combined-channel-value").orElseThrow();
        List<Thresholds.Threshold> t = Thresholds.of(d);
        // three channel segments have text conditions only; the tiers have three cuts (0.05, 0.15, 0.30)
        assertThat(t).extracting(Thresholds.Threshold::value).containsExactly(0.05, 0.15, 0.30);
        Definition moved = Thresholds.set(d, t.get(1), 0.2);
        assertThat(moved.tiers().cuts()).containsExactly(0.05, 0.2, 0.30);

        Definition value = BuiltInDefinitions.find("behavioral-value").orElseThrow();
        List<Thresholds.Threshold> v = Thresholds.of(value);
        // High: monetary >= 1000; Mid: >= 200 and < 1000; Low: > 0 and < 200
        assertThat(v).extracting(Thresholds.Threshold::value).containsExactly(1000.0, 200.0, 1000.0, 0.0, 200.0);
        Definition vip = Thresholds.set(value, v.get(0), 5000);
        assertThat(vip.segments().get(0).criteria()).isEqualTo(Condition.ge("monetary", 5000));
        assertThat(vip.segments().get(1)).isEqualTo(value.segments().get(1));

        // rfm-standard: the score rules plus one "bins" per quantile dimension
        List<Thresholds.Threshold> r = Thresholds.of(BuiltInDefinitions.rfmStandard());
        Thresholds.Threshold bins = r.stream().filter(x -> x.kind() == Thresholds.Kind.RFM_BINS).findFirst().orElseThrow();
        assertThat(Thresholds.set(BuiltInDefinitions.rfmStandard(), bins, 4).rfm().recency().bins()).isEqualTo(4);
        Thresholds.Threshold between = r.stream().filter(x -> x.kind() == Thresholds.Kind.CONDITION_MAX).findFirst()
                .orElseThrow();
        // Potential Loyalists: f_score between 2 and 3 -> max 3 moved to 4
        Definition m = Thresholds.set(BuiltInDefinitions.rfmStandard(), between, 4);
        assertThat(Thresholds.of(m).stream().filter(x -> x.kind() == Thresholds.Kind.CONDITION_MAX).findFirst()
                .orElseThrow().value()).isEqualTo(4.0);
    }
}
