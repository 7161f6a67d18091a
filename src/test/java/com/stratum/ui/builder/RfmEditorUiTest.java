package com.stratum.ui.builder;

import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import com.stratum.ui.charts.DraggableMarkers;
import com.stratum.ui.results.AnalysisSession;
import com.stratum.ui.results.CustomerData;
import com.stratum.ui.results.SegmentTableRow;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RFM editor in the real window: a score-grid cell edited by picking a segment, and a
 * breakpoint dragged (through the marker API) on the monetary histogram, each followed to the live
 * counts and the run.
 *
 * <p>Ten customers c0..c9: recency 10, 20, ..., 100 days; frequency 1..10; monetary 10.00 .. 100.00.
 * Quintile cuts (type 1, {@code sorted[ceil(kN/5) - 1]}) are 20, 40, 60, 80 on recency and
 * 2, 4, 6, 8 on frequency (and 20.00 .. 80.00 on monetary); a value scores 1 + #(cuts below it),
 * recency reversed. So c0, c1 are R5 F1 M1 (New Customers); c2, c3 R4 F2 M2 (Potential Loyalists);
 * c4, c5 R3 F3 M3 (Need Attention); c6, c7 R2 F4 M4 and c8, c9 R1 F5 M5 (Can't Lose Them).
 */
class RfmEditorUiTest extends StratumAppTest {

    static final int NEED_ATTENTION = 6;
    static final int CANT_LOSE = 8;
    static final int AT_RISK = 9;
    static final int LOST = 11;

    static CustomerFrame frame() {
        int n = 10;
        String[] ids = new String[n];
        double[] recency = new double[n];
        double[] frequency = new double[n];
        long[] cents = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "c" + i;
            recency[i] = 10.0 * (i + 1);
            frequency[i] = i + 1;
            cents[i] = 1000L * (i + 1);
        }
        List<Column> cols = List.of(new NumericColumn("recency_days", recency),
                new NumericColumn("frequency", frequency), new MoneyColumn("monetary", cents));
        return new CustomerFrame(ids, LocalDate.of(2024, 1, 1), cols);
    }

    private void openRfmStandard() {
        onFx(() -> {
            AnalysisSession analysis = AnalysisSession.of(ctx());
            analysis.sourceProperty().set(ws -> CustomerData.ofFrame(frame()));
            analysis.setData(CustomerData.ofFrame(frame()));
        });
        clickOn("#nav-segments");
        waitUntil(() -> lookup("#builder-view").tryQuery().isPresent());
        clickOn(lookup(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "RFM (standard segments)".equals(c.getText())).<Node>query());
        waitUntil(() -> "rfm-standard".equals(((TextField) node("#definition-name")).getText()));
        clickOn("#tab-rfm-editor");
        waitUntil(() -> lookup("#score-count-3-3").tryQuery().isPresent()
                && !((Label) node("#score-count-3-3")).getText().isEmpty());
    }

    private String text(String query) {
        return fx(() -> ((Label) node(query)).getText());
    }

    @Test
    void pickingASegmentInAScoreCellMovesThoseCustomersInThePreviewAndTheRun() {
        openRfmStandard();
        ComboBox<Integer> cell = node("#score-cell-3-3");
        assertThat(fx(cell::getValue)).isEqualTo(NEED_ATTENTION);
        assertThat(text("#score-count-3-3")).isEqualTo("2 customers"); // c4 and c5
        onFx(() -> ((ScrollPane) node("#rfm-editor-scroll")).setVvalue(1));
        clickOn("#score-cell-3-3");
        clickOn(lookup(n -> n instanceof javafx.scene.control.ListCell<?> c && "Lost".equals(c.getText())
                && n.getScene().getWindow() instanceof javafx.stage.PopupWindow).<Node>query());
        waitUntil(() -> Integer.valueOf(LOST).equals(((ComboBox<?>) node("#score-cell-3-3")).getValue()));

        // the live counts: Need Attention loses c4 and c5 to Lost
        clickOn("#tab-segments");
        waitUntil(() -> text("#segment-count-" + LOST).startsWith("2 customers"));
        assertThat(text("#segment-count-" + NEED_ATTENTION)).startsWith("0 customers");

        // the run: the engine's counts for the rules written by hand
        clickOn("#builder-run");
        waitUntil(() -> lookup("#segment-table").tryQuery().isPresent());
        TableView<SegmentTableRow> table = node("#segment-table");
        waitUntil(() -> table.getItems().size() == 13);
        Definition std = BuiltInDefinitions.rfmStandard();
        Criterion cell33 = Criterion.and(Condition.eq("r_score", 3), Condition.eq("f_score", 3));
        Definition byHand = std
                .withSegment(NEED_ATTENTION, s -> s.withCriteria(Criterion.and(Condition.eq("r_score", 3),
                        Condition.between("f_score", 2, 3), cell33.not())))
                .withSegment(LOST, s -> s.withCriteria(Criterion.or(Criterion.and(Condition.eq("r_score", 1),
                        Condition.le("f_score", 2)), cell33)));
        List<Long> engine = Evaluator.evaluate(byHand, frame()).summary().stream().map(SegmentSummary::count).toList();
        List<Long> shown = fx(() -> table.getItems().stream().map(SegmentTableRow::count).toList());
        assertThat(shown).isEqualTo(engine);
        // and by hand: New 2, Potential Loyalists 2, Need Attention 0, Can't Lose Them 4, Lost 2
        assertThat(shown.get(4)).isEqualTo(2);
        assertThat(shown.get(3)).isEqualTo(2);
        assertThat(shown.get(NEED_ATTENTION)).isZero();
        assertThat(shown.get(CANT_LOSE)).isEqualTo(4);
        assertThat(shown.get(LOST)).isEqualTo(2);
    }

    @Test
    void draggingAMonetaryBreakpointUpdatesTheLiveCountsAndUndoTakesItBack() {
        openRfmStandard();
        waitUntil(() -> lookup("#breakpoints-monetary").tryQuery().isPresent());
        DraggableMarkers markers = node("#breakpoints-monetary");
        // the quantile cuts in use: 20.00, 40.00, 60.00, 80.00
        assertThat(fx(() -> new double[] {markers.value(0), markers.value(1), markers.value(2), markers.value(3)}))
                .containsExactly(20, 40, 60, 80);
        // drag the third cut from 60 to 75: fixed breakpoints 20.01, 40.01, 75, 80.01 (x >= b scores up),
        // so c6 (70.00) drops from M4 to M3 and leaves Can't Lose Them for At Risk (R2 F4)
        onFx(() -> markers.setValue(2, 75));
        waitUntil(() -> lookup("#breakpoint-monetary-2").tryQuery().isPresent());
        assertThat(fx(() -> ((TextField) node("#breakpoint-monetary-2")).getText())).isEqualTo("75");
        assertThat(fx(() -> ((TextField) node("#breakpoint-monetary-0")).getText())).isEqualTo("20.01");
        clickOn("#tab-segments");
        waitUntil(() -> text("#segment-count-" + CANT_LOSE).startsWith("3 customers"));
        assertThat(text("#segment-count-" + AT_RISK)).startsWith("1 customer");

        clickOn("#builder-undo");
        waitUntil(() -> text("#segment-count-" + CANT_LOSE).startsWith("4 customers"));
        assertThat(text("#segment-count-" + AT_RISK)).startsWith("0 customers");
    }

    @Test
    void draggingATierBoundaryOnTheParetoCurveMovesTheCuts() {
        openRfmStandard();
        clickOn("#tab-tiers-editor");
        clickOn("#tiers-add");
        waitUntil(() -> lookup("#tier-markers").tryQuery().isPresent());
        DraggableMarkers markers = node("#tier-markers");
        // VIP 5 %, Gold 15 %, Silver 30 % of customers: boundaries at 5, 20 and 50 % best first
        assertThat(fx(() -> new double[] {markers.value(0), markers.value(1), markers.value(2)}))
                .containsExactly(5, 20, 50);
        // the sliders read as the markers do: cumulative shares, best first
        assertThat(fx(() -> ((javafx.scene.control.Slider) node("#tier-cut-1")).getValue())).isEqualTo(0.20);
        assertThat(fx(() -> ((Label) node("#tier-cut-text-1")).getText())).isEqualTo("top 20.0% of customers");
        // Gold / Silver to 30 %: Gold 30 - 5 = 25 %, Silver 30 + 15 - 25 = 20 % (still ending at 50 %)
        onFx(() -> markers.setValue(1, 30));
        waitUntil(() -> fx(() -> ((javafx.scene.control.Slider) node("#tier-cut-1")).getValue()) == 0.30);
        assertThat(fx(() -> ((javafx.scene.control.Slider) node("#tier-cut-2")).getValue())).isEqualTo(0.50);
        assertThat(fx(() -> ((javafx.scene.control.Slider) node("#tier-cut-0")).getValue())).isEqualTo(0.05);
        assertThat(fx(() -> ((DraggableMarkers) node("#tier-markers")).value(1))).isEqualTo(30.0);
        clickOn("#builder-undo");
        waitUntil(() -> fx(() -> ((javafx.scene.control.Slider) node("#tier-cut-1")).getValue()) == 0.20);
    }
}
