package com.stratum.ui.builder;

import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.definition.Definition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RFM grid read from and written into rfm-standard's rules. Segment order (docs/ENGINE.md):
 * 0 No Purchases, 1 Champions (R>=4, F>=4, M>=4), 2 Loyal (R>=3, F>=4), 3 Potential Loyalists
 * (R>=4, F 2-3), 4 New (R=5, F=1), 5 Promising (R=4, F=1), 6 Need Attention (R=3, F 2-3),
 * 7 About To Sleep (R=3, F=1), 8 Can't Lose Them (R<=2, F>=4, M>=4), 9 At Risk (R<=2, F>=3),
 * 10 Hibernating (R=2, F<=2), 11 Lost (R=1, F<=2). Expected cells worked out from those rules by hand.
 */
class ScoreGridTest {

    private static final int LOST = 11;
    private static final int HIBERNATING = 10;
    private static final int NEED_ATTENTION = 6;

    private final Definition standard = BuiltInDefinitions.rfmStandard();

    @Test
    void cellsReadFromTheRulesFirstMatchWins() {
        // R1 F1: only Lost's rule holds; No Purchases never holds for a scored customer (it has bought)
        assertThat(ScoreGrid.segmentAt(standard, 1, 1, null, 5)).isEqualTo(LOST);
        assertThat(ScoreGrid.segmentAt(standard, 3, 2, null, 5)).isEqualTo(NEED_ATTENTION);
        assertThat(ScoreGrid.segmentAt(standard, 5, 1, null, 5)).isEqualTo(4);
        // R5 F5 depends on M: M>=4 Champions, below that Loyal
        assertThat(ScoreGrid.segmentAt(standard, 5, 5, null, 5)).isEqualTo(ScoreGrid.MIXED);
        assertThat(ScoreGrid.segmentAt(standard, 5, 5, 5, 5)).isEqualTo(1);
        assertThat(ScoreGrid.segmentAt(standard, 5, 5, 2, 5)).isEqualTo(2);
        // R2 F4: Can't Lose Them when M>=4, else At Risk
        assertThat(ScoreGrid.segmentAt(standard, 2, 4, 4, 5)).isEqualTo(8);
        assertThat(ScoreGrid.segmentAt(standard, 2, 4, 3, 5)).isEqualTo(9);
    }

    @Test
    void sendingACellToALaterSegmentAddsAnExceptionToTheEarlierOne() {
        Definition d = ScoreGrid.assign(standard, 3, 2, null, 5, LOST);
        assertThat(ScoreGrid.segmentAt(d, 3, 2, null, 5)).isEqualTo(LOST);
        // the rest of Need Attention's cells and Lost's own cells are untouched
        assertThat(ScoreGrid.segmentAt(d, 3, 3, null, 5)).isEqualTo(NEED_ATTENTION);
        assertThat(ScoreGrid.segmentAt(d, 1, 2, null, 5)).isEqualTo(LOST);
        assertThat(d.segments().get(NEED_ATTENTION).criteria())
                .isNotEqualTo(standard.segments().get(NEED_ATTENTION).criteria());
        // and taking it back restores the template's rules exactly
        Definition back = ScoreGrid.assign(d, 3, 2, null, 5, NEED_ATTENTION);
        assertThat(back).isEqualTo(standard);
    }

    @Test
    void sendingACellToAnEarlierSegmentAddsABranchAndRoundTrips() {
        Definition d = ScoreGrid.assign(standard, 1, 1, null, 5, HIBERNATING);
        assertThat(ScoreGrid.segmentAt(d, 1, 1, null, 5)).isEqualTo(HIBERNATING);
        assertThat(ScoreGrid.segmentAt(d, 2, 1, null, 5)).isEqualTo(HIBERNATING);
        assertThat(ScoreGrid.segmentAt(d, 1, 2, null, 5)).isEqualTo(LOST);
        assertThat(ScoreGrid.assign(d, 1, 1, null, 5, LOST)).isEqualTo(standard);
    }

    @Test
    void oneMonetaryLayerAndTheCatchAll() {
        // only M = 3 of R5 F5 (Loyal) goes to Champions; M = 2 stays Loyal
        Definition d = ScoreGrid.assign(standard, 5, 5, 3, 5, 1);
        assertThat(ScoreGrid.segmentAt(d, 5, 5, 3, 5)).isEqualTo(1);
        assertThat(ScoreGrid.segmentAt(d, 5, 5, 2, 5)).isEqualTo(2);
        // a whole cell to everyone else: both Champions and Loyal give it up
        Definition e = ScoreGrid.assign(standard, 5, 5, null, 5, ScoreGrid.EVERYONE_ELSE);
        for (int m = 1; m <= 5; m++) {
            assertThat(ScoreGrid.segmentAt(e, 5, 5, m, 5)).isEqualTo(ScoreGrid.EVERYONE_ELSE);
        }
        assertThat(ScoreGrid.segmentAt(e, 4, 5, 5, 5)).isEqualTo(1);
    }
}
