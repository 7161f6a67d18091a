package com.stratum.ui.builder;

import com.stratum.engine.Evaluator;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Group;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.undo.JobManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BuilderViewModelTest {

    /**
     * Eight customers:
     * <pre>
     * row freq monetary channel
     *  0   12   900.00  online
     *  1    8   300.00  store
     *  2    5   150.00  online
     *  3    3    80.00  store
     *  4    2    40.00  online
     *  5    1    20.00  store
     *  6    1     5.00  online
     *  7    0     0.00  (none)
     * </pre>
     */
    static CustomerFrame frame() {
        return new CustomerFrame(new String[] {"a", "b", "c", "d", "e", "f", "g", "h"}, LocalDate.of(2024, 1, 1),
                List.of(new NumericColumn("frequency", new double[] {12, 8, 5, 3, 2, 1, 1, 0}),
                        new MoneyColumn("monetary", new long[] {90000, 30000, 15000, 8000, 4000, 2000, 500, 0}),
                        new CategoricalColumn("channel", new int[] {0, 1, 0, 1, 0, 1, 0, -1},
                                List.of("online", "store"))));
    }

    private JobManager jobs;
    private BuilderViewModel vm;

    @BeforeEach
    void setUp() {
        jobs = new JobManager();
        vm = new BuilderViewModel(ViewTexts.of(Locale.ENGLISH), jobs, LatestRunner.direct());
        vm.evaluatorProperty().set(new Evaluator(frame()));
        vm.newBlank("Test");
    }

    @Test
    void liveCountsFollowEachEdit() {
        // segment 1: monetary >= 100 -> a, b, c (900 + 300 + 150 = 1,350 of 1,495 total)
        vm.addCondition(0, CriteriaPath.ROOT, Condition.ge("monetary", 100));
        BuilderPreview p = vm.previewProperty().get();
        assertThat(p.ok()).isTrue();
        assertThat(p.counts()).containsExactly(3, 5);
        assertThat(p.revenueCents()[0]).isEqualTo(135000);
        assertThat(p.totalRevenueCents()).isEqualTo(149500);
        assertThat(p.nodes().get(CriteriaPath.of(0)).count()).isEqualTo(3);
    }

    @Test
    void nestedOrGroupAndSecondSegmentMatchTheEngine() {
        // Big: monetary >= 100; Regular: frequency >= 2 AND (channel in {store} OR monetary >= 40)
        vm.addCondition(0, CriteriaPath.ROOT, Condition.ge("monetary", 100));
        vm.addSegment();
        vm.addCondition(1, CriteriaPath.ROOT, Condition.ge("frequency", 2));
        vm.addGroup(1, CriteriaPath.ROOT, Group.Logic.OR);
        vm.addCondition(1, CriteriaPath.of(1), Condition.in("channel", "store"));
        vm.addCondition(1, CriteriaPath.of(1), Condition.ge("monetary", 40));
        // Big = a, b, c; remaining with freq >= 2: d (store, 80), e (online, 40) -> both match the OR
        BuilderPreview p = vm.previewProperty().get();
        assertThat(p.counts()).containsExactly(3, 2, 3);
        // the OR group alone: store (b, d, f) or monetary >= 40 (a, b, c, d, e) = a, b, c, d, e, f
        assertThat(p.nodes().get(CriteriaPath.of(1)).count()).isEqualTo(6);
        long[] engine = Evaluator.evaluate(vm.definition(), frame()).summary().stream()
                .mapToLong(s -> s.count()).toArray();
        assertThat(p.counts()).containsExactly(engine);
    }

    @Test
    void everyEditUndoesAndRedoes() {
        vm.addCondition(0, CriteriaPath.ROOT, Condition.ge("monetary", 100));
        vm.toggleNegate(0, CriteriaPath.of(0));
        // NOT (monetary >= 100): d, e, f, g, h
        assertThat(vm.previewProperty().get().counts()[0]).isEqualTo(5);
        assertThat(jobs.undoDescription()).isEqualTo("Negate");
        jobs.undo();
        assertThat(vm.previewProperty().get().counts()[0]).isEqualTo(3);
        jobs.undo();
        assertThat(vm.tree(0).children()).isEmpty();
        jobs.redo();
        jobs.redo();
        assertThat(((Condition) vm.tree(0).children().get(0)).negate()).isTrue();
    }

    @Test
    void conditionsMoveBetweenGroupsAndSegmentsReorder() {
        vm.addCondition(0, CriteriaPath.ROOT, Condition.ge("monetary", 100));
        vm.addGroup(0, CriteriaPath.ROOT, Group.Logic.OR);
        vm.moveNode(0, CriteriaPath.of(0), CriteriaPath.of(1));
        // the root now holds only the OR group, which holds the condition
        assertThat(vm.tree(0).children()).hasSize(1);
        assertThat(((Group) vm.tree(0).children().get(0)).children()).hasSize(1);
        vm.addSegment();
        vm.renameSegment(1, "Second");
        vm.moveSegment(1, 0);
        assertThat(vm.definition().segments().get(0).name()).isEqualTo("Second");
        assertThat(vm.selectedSegmentProperty().get()).isEqualTo(0);
    }

    @Test
    void operatorsFitTheFieldAndDefaultsUseTheData() {
        assertThat(vm.stats("channel").orElseThrow().kind()).isEqualTo(FieldKind.CATEGORY);
        assertThat(vm.stats("channel").orElseThrow().levelCounts()).containsExactly(4, 3);
        Condition c = vm.defaultCondition("monetary");
        assertThat(c.value()).isEqualTo(0.0);
        assertThat(c.max()).isEqualTo(900.0);
        assertThat(FieldKind.CATEGORY.operators()).doesNotContain(com.stratum.engine.definition.Operator.GE);
    }

    @Test
    void savedVersionsAppearInTheList() {
        vm.addCondition(0, CriteriaPath.ROOT, Condition.ge("monetary", 100));
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.save().version()).isEqualTo(1);
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.definitions()).anyMatch(d -> d.name().equals("Test") && d.latestVersion() == 1);
    }

    @Test
    void definitionsAreSavedRenamedDuplicatedAndDeleted() {
        vm.addCondition(0, CriteriaPath.ROOT, Condition.ge("monetary", 100));
        vm.renameDefinition("Big spenders");
        assertThat(jobs.undoDescription()).isEqualTo("Rename definition");
        jobs.undo();
        assertThat(vm.definition().name()).isEqualTo("Test");
        jobs.redo();
        assertThat(vm.save().version()).isEqualTo(1);
        vm.duplicate("Big spenders 2");
        // a copy starts its own history: version 0, nothing to undo, same rules
        assertThat(vm.definition().name()).isEqualTo("Big spenders 2");
        assertThat(vm.definition().version()).isZero();
        assertThat(jobs.canUndoProperty().get()).isFalse();
        assertThat(vm.tree(0).children()).containsExactly(Condition.ge("monetary", 100));
        vm.save();
        assertThat(vm.definitions()).extracting(com.stratum.workspace.DefinitionInfo::name)
                .contains("Big spenders", "Big spenders 2");
        vm.deleteSaved("Big spenders 2");
        assertThat(vm.definitions()).extracting(com.stratum.workspace.DefinitionInfo::name)
                .contains("Big spenders").doesNotContain("Big spenders 2");
    }

    @Test
    void aScoreCellEditIsOneUndoableEdit() {
        vm.newFromTemplate(com.stratum.engine.BuiltInDefinitions.RFM_STANDARD, "Mine");
        // R3 F3 is Need Attention (6) by the template's rules; send it to Lost (11) and back by undo
        assertThat(vm.scoreCellSegment(3, 3, null)).isEqualTo(6);
        vm.assignScoreCell(3, 3, null, 11);
        assertThat(vm.scoreCellSegment(3, 3, null)).isEqualTo(11);
        assertThat(jobs.undoDescription()).isEqualTo("Change the segment of a score cell");
        jobs.undo();
        assertThat(vm.scoreCellSegment(3, 3, null)).isEqualTo(6);
        assertThat(vm.definition().segments()).isEqualTo(
                com.stratum.engine.BuiltInDefinitions.rfmStandard().segments());
    }
}
