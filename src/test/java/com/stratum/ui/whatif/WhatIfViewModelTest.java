package com.stratum.ui.whatif;

import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentDelta;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.ViewTexts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WhatIfViewModelTest {

    /** Five customers with monetary 50, 120, 300, 800, 2,000 and frequency 1, 2, 4, 6, 9. */
    static CustomerFrame frame() {
        return new CustomerFrame(new String[] {"a", "b", "c", "d", "e"}, LocalDate.of(2024, 1, 1), List.of(
                new NumericColumn("frequency", new double[] {1, 2, 4, 6, 9}),
                new MoneyColumn("monetary", new long[] {5000, 12000, 30000, 80000, 200000})));
    }

    static Definition vip() {
        return new Definition("vip", 1, "custom", null, null, null, List.of(
                new SegmentSpec("vip", "VIP", "#000000", null, null, null, Criterion.and(Condition.ge("monetary", 1000))),
                new SegmentSpec("loyal", "Loyal", "#FFC107", null, null, null, Criterion.and(Condition.ge("frequency", 4)))),
                null, null, null);
    }

    private WhatIfViewModel open() {
        WhatIfViewModel vm = new WhatIfViewModel(ViewTexts.of(Locale.ENGLISH), LatestRunner::direct);
        vm.evaluatorProperty().set(new Evaluator(frame()));
        vm.baselineProperty().set(vip());
        return vm;
    }

    @Test
    void everyThresholdIsAKnobWithTheDataRange() {
        WhatIfViewModel vm = open();
        List<Knob> knobs = vm.knobs();
        assertThat(knobs).hasSize(2);
        assertThat(knobs.get(0).value()).isEqualTo(1000);
        assertThat(knobs.get(0).min()).isEqualTo(50);
        assertThat(knobs.get(0).max()).isEqualTo(2000);
    }

    @Test
    void movingAThresholdGivesTheDeltasAgainstTheBaseline() {
        WhatIfViewModel vm = open();
        // baseline: VIP = e (2,000); Loyal = c, d (frequency >= 4); everyone else a, b
        // VIP threshold 500: VIP = d, e; Loyal = c; everyone else a, b
        vm.set(vm.knobs().get(0), 500);
        List<SegmentDelta> d = vm.currentProperty().get().comparison().deltas();
        assertThat(d).extracting(SegmentDelta::segment).containsExactly("VIP", "Loyal", "Everyone else");
        assertThat(d).extracting(SegmentDelta::baselineCount).containsExactly(1L, 2L, 2L);
        assertThat(d).extracting(SegmentDelta::scenarioCount).containsExactly(2L, 1L, 2L);
        // VIP revenue 2,000.00 -> 2,800.00 (+40%)
        assertThat(d.get(0).revenueDiffCents()).isEqualTo(80000);
        assertThat(d.get(0).revenuePct()).isEqualTo(40.0);
        assertThat(vm.currentProperty().get().comparison().movers("Loyal", "VIP")).containsExactly("d");
    }

    @Test
    void scenariosSitSideBySideAndPromoteToTheNextVersion() {
        WhatIfViewModel vm = open();
        vm.set(vm.knobs().get(0), 500);
        vm.addScenario();
        vm.set(vm.knobs().get(1), 2); // Loyal: frequency >= 2 in the second scenario (VIP 500 carried over)
        assertThat(vm.results()).containsKeys("Scenario 1", "Scenario 2");
        // second scenario: VIP d, e; Loyal b, c; everyone else a
        assertThat(vm.results().get("Scenario 2").comparison().deltas())
                .extracting(SegmentDelta::scenarioCount).containsExactly(2L, 2L, 1L);
        Definition saved = vm.promote();
        assertThat(saved.name()).isEqualTo("vip");
        assertThat(saved.version()).isEqualTo(1); // the in-memory store's first saved version
        assertThat(((Condition) ((com.stratum.engine.definition.Group) saved.segments().get(0).criteria())
                .children().get(0)).value()).isEqualTo(500.0);
    }

    @Test
    void defaultScenarioNamesFollowALanguageSwitchButTheAnalystsNamesStay() {
        WhatIfViewModel vm = open();
        vm.set(vm.knobs().get(0), 500);
        vm.addScenario();
        vm.renameScenario("High VIP");
        vm.languageChanged(ViewTexts.of(Locale.ENGLISH), ViewTexts.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(vm.scenarios()).extracting(Scenario::name).containsExactly("方案 1", "High VIP");
        // the first scenario's result moved with its name: VIP at 500 has d and e
        assertThat(vm.results().get("方案 1").comparison().deltas().get(0).scenarioCount()).isEqualTo(2);
    }

    @Test
    void promoteIsOfferedOnlyForRulesNotYetSaved() {
        WhatIfViewModel vm = open();
        assertThat(vm.promotableProperty().get()).isFalse(); // scenario 1 starts equal to the baseline
        vm.set(vm.knobs().get(0), 500);
        assertThat(vm.promotableProperty().get()).isTrue();
        assertThat(vm.promote().version()).isEqualTo(1);
        assertThat(vm.promotableProperty().get()).isFalse(); // a second click would save an identical version 2
        vm.set(vm.knobs().get(0), 600);
        assertThat(vm.promotableProperty().get()).isTrue();
        vm.set(vm.knobs().get(0), 500); // back to the promoted rules
        assertThat(vm.promotableProperty().get()).isFalse();
    }

    @Test
    void aBuiltInIsCopiedUnderANewNameNeverOverwritten() {
        WhatIfViewModel vm = new WhatIfViewModel(ViewTexts.of(Locale.ENGLISH), LatestRunner::direct);
        vm.evaluatorProperty().set(new Evaluator(frame()));
        Definition builtIn = com.stratum.engine.BuiltInDefinitions.find("behavioral-frequency").orElseThrow();
        vm.baselineProperty().set(builtIn);
        assertThat(vm.baselineIsBuiltIn()).isTrue();
        // the template's title (views bundle: template.behavioral-frequency) and the scenario's name
        assertThat(vm.suggestedCopyName()).isEqualTo("Behavioral: purchase frequency (Scenario 1)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.promote())
                .isInstanceOf(IllegalArgumentException.class);
        Definition saved = vm.promote(vm.suggestedCopyName());
        assertThat(saved.name()).isEqualTo("Behavioral: purchase frequency (Scenario 1)");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(vm.storeProperty().get().latest("behavioral-frequency").orElseThrow()).isEqualTo(builtIn);
        // the name is taken now: the next suggestion differs
        assertThat(vm.suggestedCopyName()).isEqualTo("Behavioral: purchase frequency (Scenario 1) 2");
    }
}
