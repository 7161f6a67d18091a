package com.stratum.workspace;

import com.stratum.engine.Assignment;
import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.Comparison;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentLabels;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;
import com.stratum.engine.definition.TierMethod;
import com.stratum.engine.definition.TierScope;
import com.stratum.engine.definition.TierSpec;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineRepositoriesTest {

    @TempDir
    Path dir;

    @Test
    void definitionsAreVersionedAndBuiltInsNeedNoSaving() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            DefinitionRepository repo = new DefinitionRepository(ws);
            assertThat(repo.latest("rfm-standard")).contains(BuiltInDefinitions.rfmStandard());
            assertThat(repo.load("rfm-r", 0)).contains(BuiltInDefinitions.rfmR());
            assertThat(repo.latest("nope")).isEmpty();

            Definition mine = new Definition("vip", 0, "custom", "VIPs", null, null,
                    List.of(new SegmentSpec("vip", "VIP", "#000000", "big", "pamper", null, Condition.ge("monetary", 3000))),
                    null, null, null);
            Definition v1 = repo.save(mine);
            Definition v2 = repo.save(mine.withSegment(0, s -> s.withCriteria(Condition.ge("monetary", 5000))));
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v2.version()).isEqualTo(2);
            assertThat(repo.load("vip", 1)).contains(v1);
            assertThat(repo.latest("vip")).contains(v2);
            assertThat(repo.versions("vip")).containsExactly(1, 2);

            Definition edited = repo.save(BuiltInDefinitions.rfmStandard());
            assertThat(edited.version()).isEqualTo(1);
            assertThat(repo.list()).extracting(DefinitionInfo::name).startsWith("rfm-standard", "rfm-r").contains("vip");
            DefinitionInfo std = repo.list().get(0);
            assertThat(std.builtIn()).isTrue();
            assertThat(std.latestVersion()).isEqualTo(1);
            assertThat(repo.list().stream().filter(i -> i.name().equals("vip")).findFirst().orElseThrow().latestVersion())
                    .isEqualTo(2);
        }
    }

    @Test
    void runsStoreAssignmentsAndCompare() {
        // a 100.00 (VIP >= 50), b 20.00, c -5.00 (net return); tiers: >= 50 Top, else Rest
        CustomerFrame f = new CustomerFrame(new String[]{"a", "b", "c"}, LocalDate.of(2024, 3, 31), List.of(
                new MoneyColumn("monetary", new long[]{10000, 2000, -500}),
                new NumericColumn("frequency", new double[]{3, 1, 0})));
        Definition d = new Definition("vip", 1, null, null, null, null,
                List.of(new SegmentSpec("vip", "VIP", null, null, null, null, Condition.ge("monetary", 50))), null,
                new TierSpec("monetary", TierMethod.THRESHOLDS, TierScope.EVERYONE, List.of(50.0),
                        List.of(new TierLevel("top", "Top", null, null), new TierLevel("rest", "Rest", null, null))), null);
        Assignment a = Evaluator.evaluate(d, f);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            RunRepository runs = new RunRepository(ws);
            long id = runs.save(a, "Q1");
            RunInfo info = runs.find(id).orElseThrow();
            assertThat(info.definitionName()).isEqualTo("vip");
            assertThat(info.definitionVersion()).isEqualTo(1);
            assertThat(info.asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(info.customers()).isEqualTo(3);
            assertThat(info.label()).isEqualTo("Q1");
            assertThat(runs.list()).extracting(RunInfo::id).containsExactly(id);
            assertThat(runs.definitionOf(id)).contains(d);

            RunRepository.StoredRun stored = runs.load(id);
            SegmentLabels l = stored.labels();
            assertThat(l.customerIds()).containsExactly("a", "b", "c");
            assertThat(l.segmentNames()).containsExactly("VIP", "Everyone else");
            assertThat(l.segmentOfRow()).containsExactly(0, 1, 1);
            assertThat(l.revenueCents()).containsExactly(10000, 2000, -500);
            assertThat(stored.tiers()).containsExactly("Top", "Rest", "Rest");

            // stored run against the live assignment: nobody moved, VIP revenue 100.00 on both sides
            Comparison c = Comparison.of(l, a.labels());
            assertThat(c.moverCount()).isZero();
            assertThat(c.deltas().get(0).scenarioRevenueCents()).isEqualTo(10000);
            assertThat(c.deltas().get(1).baselineRevenueCents()).isEqualTo(1500);

            runs.delete(id);
            assertThat(runs.list()).isEmpty();
            assertThatThrownBy(() -> runs.load(id)).hasMessageContaining("no run " + id);
        }
    }
}
