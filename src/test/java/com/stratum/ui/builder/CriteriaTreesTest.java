package com.stratum.ui.builder;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Group;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CriteriaTreesTest {

    private final Condition a = Condition.ge("frequency", 2);
    private final Condition b = Condition.ge("monetary", 10);
    private final Condition c = Condition.le("recency_days", 30);

    @Test
    void moveIntoALaterGroupKeepsEverythingElse() {
        // AND(a, OR(b), c) -> move a into the OR: AND(OR(b, a), c)
        Group root = Criterion.and(a, Criterion.or(b), c);
        Group moved = CriteriaTrees.move(root, CriteriaPath.of(0), CriteriaPath.of(1));
        assertThat(moved).isEqualTo(Criterion.and(Criterion.or(b, a), c));
    }

    @Test
    void moveOutOfANestedGroupToTheRoot() {
        Group root = Criterion.and(Criterion.or(b, a), c);
        assertThat(CriteriaTrees.move(root, CriteriaPath.of(0, 1), CriteriaPath.ROOT))
                .isEqualTo(Criterion.and(Criterion.or(b), c, a));
    }

    @Test
    void aGroupCannotMoveIntoItself() {
        Group root = Criterion.and(Criterion.or(b, Criterion.and(c)));
        assertThat(CriteriaTrees.move(root, CriteriaPath.of(0), CriteriaPath.of(0, 1))).isSameAs(root);
    }

    @Test
    void nullAndLoneConditionsBecomeRootGroups() {
        assertThat(CriteriaTrees.root(null).children()).isEmpty();
        assertThat(CriteriaTrees.root(a).children()).containsExactly(a);
        assertThat(CriteriaTrees.conditions(Criterion.and(a, Criterion.or(b, c)))).isEqualTo(3);
    }
}
