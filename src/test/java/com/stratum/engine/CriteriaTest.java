package com.stratum.engine;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.DefinitionException;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.CustomerFrame;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.stratum.engine.definition.Condition.between;
import static com.stratum.engine.definition.Condition.contains;
import static com.stratum.engine.definition.Condition.dateBetween;
import static com.stratum.engine.definition.Condition.eq;
import static com.stratum.engine.definition.Condition.ge;
import static com.stratum.engine.definition.Condition.gt;
import static com.stratum.engine.definition.Condition.in;
import static com.stratum.engine.definition.Condition.isEmpty;
import static com.stratum.engine.definition.Condition.le;
import static com.stratum.engine.definition.Condition.lt;
import static com.stratum.engine.definition.Condition.ne;
import static com.stratum.engine.definition.Condition.notEmpty;
import static com.stratum.engine.definition.Condition.notIn;
import static com.stratum.engine.definition.Condition.textEquals;
import static com.stratum.engine.definition.Criterion.and;
import static com.stratum.engine.definition.Criterion.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CriteriaTest {

    //                                   a         b          c           d          e            f
    private static final CustomerFrame F = Frames.ids("a", "b", "c", "d", "e", "f")
            .num("frequency", 1.0, 5.0, 10.0, null, 5.0, 0.0)
            .money("monetary", "99.99", "100.00", "3000.10", "-20.00", null, "0.00")
            .cat("channel_type", "online_only", "offline_only", "omni_channel", "online_only", null, "Omni_Channel ")
            .cat("city", "Shanghai", "Beijing", "shanghai pudong", null, "Hangzhou", "Beijing")
            .date("signup_date", "2023-01-01", "2023-06-30", "2023-07-01", null, "2022-12-31", "2023-12-31")
            .build();

    /** Ids matched by a criteria tree (one segment, everyone else catches the rest). */
    private static List<String> match(Criterion c) {
        Definition d = new Definition("t", 1, null, null, null, null,
                List.of(new SegmentSpec("s", "S", null, null, null, null, c)), null, null, null);
        Assignment a = Evaluator.evaluate(d, F);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < F.size(); i++) {
            if (a.segmentOfRow()[i] == 0) {
                out.add(F.customerId(i));
            }
        }
        return out;
    }

    @Test
    void numericComparisonsNeverMatchEmptyValues() {
        assertThat(match(lt("frequency", 5))).containsExactly("a", "f");
        assertThat(match(le("frequency", 5))).containsExactly("a", "b", "e", "f");
        assertThat(match(gt("frequency", 5))).containsExactly("c");
        assertThat(match(ge("frequency", 5))).containsExactly("b", "c", "e");
        assertThat(match(eq("frequency", 5))).containsExactly("b", "e");
        assertThat(match(ne("frequency", 5))).containsExactly("a", "c", "f"); // d is empty: not "different"
        assertThat(match(between("frequency", 1, 5))).containsExactly("a", "b", "e"); // both ends included
        assertThat(match(isEmpty("frequency"))).containsExactly("d");
        assertThat(match(notEmpty("frequency"))).containsExactly("a", "b", "c", "e", "f");
    }

    @Test
    void moneyIsComparedInExactCents() {
        // 100.00 >= 100 and 3000.10 >= 3000.10 exactly (no 0.1 float noise); -20.00 is a net return
        assertThat(match(ge("monetary", 100))).containsExactly("b", "c");
        assertThat(match(ge("monetary", 3000.10))).containsExactly("c");
        assertThat(match(gt("monetary", 3000.10))).isEmpty();
        assertThat(match(lt("monetary", 0))).containsExactly("d");
        assertThat(match(eq("monetary", 99.99))).containsExactly("a");
        assertThat(match(ne("monetary", 0))).containsExactly("a", "b", "c", "d"); // e empty, f is 0
        assertThat(match(between("monetary", 0, 100))).containsExactly("a", "b", "f");
        assertThat(match(isEmpty("monetary"))).containsExactly("e");
    }

    @Test
    void textAndSets() {
        assertThat(match(in("channel_type", "online_only", "omni_channel"))).containsExactly("a", "c", "d");
        // not in: empties never match
        assertThat(match(notIn("channel_type", "online_only"))).containsExactly("b", "c", "f");
        // equals ignores case and surrounding blanks
        assertThat(match(textEquals("channel_type", "omni_channel"))).containsExactly("c", "f");
        assertThat(match(contains("city", "SHANGHAI"))).containsExactly("a", "c");
        assertThat(match(isEmpty("city"))).containsExactly("d");
    }

    @Test
    void dateRangesIncludeBothEnds() {
        assertThat(match(dateBetween("signup_date", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30))))
                .containsExactly("a", "b");
        assertThat(match(dateBetween("signup_date", LocalDate.of(2023, 7, 1), null))).containsExactly("c", "f");
        assertThat(match(dateBetween("signup_date", null, LocalDate.of(2022, 12, 31)))).containsExactly("e");
        assertThat(match(isEmpty("signup_date"))).containsExactly("d");
    }

    @Test
    void nestedAndOrNot() {
        // (frequency >= 5 AND NOT city contains "bei") OR (monetary < 0 OR channel empty)
        //   left: b(5, Beijing) no; c(10, shanghai pudong) yes; e(5, Hangzhou) yes
        //   right: d (-20) yes; e (channel empty) yes
        Criterion c = or(and(ge("frequency", 5), contains("city", "bei").not()), or(lt("monetary", 0),
                isEmpty("channel_type")));
        assertThat(match(c)).containsExactly("c", "d", "e");
        // NOT of the whole: a, b, f
        assertThat(match(c.not())).containsExactly("a", "b", "f");
        // a negated comparison matches empties (NOT of false): NOT(frequency < 5) -> b c d e
        assertThat(match(lt("frequency", 5).not())).containsExactly("b", "c", "d", "e");
        // empty AND matches everyone, empty OR nobody
        assertThat(match(and())).hasSize(6);
        assertThat(match(or())).isEmpty();
    }

    @Test
    void firstMatchWinsThenEveryoneElse() {
        Definition d = new Definition("t", 1, null, null, null, null, List.of(
                new SegmentSpec("hi", "High", null, null, null, null, ge("frequency", 5)),
                new SegmentSpec("on", "Online", null, null, null, null, in("channel_type", "online_only", "omni_channel"))),
                null, null, null);
        Assignment a = Evaluator.evaluate(d, F);
        // a online -> Online; b 5 -> High; c 10 (also omni) -> High first; d online -> Online; e 5 -> High; f -> else
        assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(a::segmentName))
                .containsExactly("Online", "High", "High", "Online", "High", "Everyone else");
        // revenue exact: High = 100.00 + 3000.10 + (e empty) = 3100.10; Online = 99.99 - 20.00 = 79.99
        assertThat(a.summary().get(0).revenueCents()).isEqualTo(310010);
        assertThat(a.summary().get(1).revenueCents()).isEqualTo(7999);
        assertThat(a.summary().get(0).count()).isEqualTo(3);
        assertThat(a.summary().get(0).share()).isEqualTo(0.5);
        // total 3180.09 -> High share 3100.10 / 3180.09
        assertThat(a.summary().get(0).revenueShare()).isEqualTo(310010.0 / 318009.0);
        // mean frequency of High: (5 + 10 + 5) / 3
        assertThat(a.featureMeans().mean(0, "frequency")).isEqualTo(20.0 / 3);
    }

    @Test
    void wrongOperatorOrUnknownFeatureGiveClearMessages() {
        assertThatThrownBy(() -> match(contains("frequency", "x"))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("'frequency' holds a number");
        assertThatThrownBy(() -> match(ge("city", 1))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("'city' holds text");
        assertThatThrownBy(() -> match(ge("frequncy", 1))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Unknown feature 'frequncy' in segment 'S'");
        assertThatThrownBy(() -> match(new Condition("signup_date", com.stratum.engine.definition.Operator.DATE_BETWEEN,
                null, null, null, null, "2023-13-01", null, false))).hasMessageContaining("yyyy-MM-dd");
    }

    @Test
    void aMovedThresholdIsSeenOnReevaluation() {
        Evaluator ev = new Evaluator(F);
        Definition d = new Definition("t", 1, null, null, null, null,
                List.of(new SegmentSpec("s", "S", null, null, null, null, ge("frequency", 5))), null, null, null);
        assertThat(ev.evaluate(d).summary().get(0).count()).isEqualTo(3);
        Definition moved = d.withSegment(0, s -> s.withCriteria(ge("frequency", 6)));
        assertThat(ev.evaluate(moved).summary().get(0).count()).isEqualTo(1);
        assertThat(ev.evaluate(d).summary().get(0).count()).isEqualTo(3);
        assertThat(ev.preview(null, ge("monetary", 100))).isEqualTo(new Evaluator.Match(2, 310010));
    }
}
