package com.stratum.ui.whatif;

import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.SegmentDelta;
import com.stratum.engine.definition.Definition;
import com.stratum.ui.builder.DefinitionStore;
import com.stratum.ui.charts.ChartPane;
import com.stratum.ui.data.DataRow;
import com.stratum.ui.service.AppServices;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What-if on the sample workspace: rfm-standard as the baseline, Champions moved to R score >= 5 (the
 * new-user review's case). The heat map has every segment as a row and a column with the stayers on the
 * diagonal; Promote is offered only for changed rules and saves a built-in as a named copy.
 */
class WhatIfUiTest extends StratumAppTest {

    @Override
    protected AppServices services() {
        return null; // the real services
    }

    @Override
    protected List<String> arguments() {
        return List.of();
    }

    @Test
    void championsAtRFiveShowEverySegmentAndPromoteSavesACopy() {
        TableView<DataRow> rows = node("#data-rows");
        waitUntil(() -> rows.getItems() != null && !rows.getItems().isEmpty() && rows.getItems().get(0).isLoaded());
        clickOn("#nav-whatif");
        ComboBox<String> baseline = node("#whatif-baseline");
        waitUntil(() -> baseline.getItems().contains("rfm-standard"));
        onFx(() -> baseline.setValue("rfm-standard"));
        waitUntil(() -> lookup("#whatif-matrix").tryQuery().isPresent());
        Button promote = node("#whatif-promote");
        assertThat(fx(promote::isDisabled)).as("the scenario equals the baseline").isTrue();

        Slider championsR = node("#knob-1"); // knob 0 is No Purchases' frequency, then Champions' R score
        assertThat(fx(() -> (String) championsR.getUserData())).startsWith("s1");
        onFx(() -> championsR.setValue(5));
        TableView<SegmentDelta> deltas = node("#whatif-deltas");
        waitUntil(() -> !deltas.getItems().isEmpty() && deltas.getItems().get(1).countDiff() < 0);
        waitUntil(() -> !promote.isDisabled());

        Definition rfm = BuiltInDefinitions.find("rfm-standard").orElseThrow();
        int segments = rfm.segments().size() + (rfm.everyoneElse() == null ? 0 : 1);
        XYPlot plot = fx(() -> ((ChartViewer) ((ChartPane) node("#whatif-matrix")).chart()).getChart().getXYPlot());
        SymbolAxis x = (SymbolAxis) plot.getDomainAxis();
        SymbolAxis y = (SymbolAxis) plot.getRangeAxis();
        // the same customers on both sides: no (none) row or column, every segment of the definition
        assertThat(x.getSymbols()).hasSize(segments);
        assertThat(y.getSymbols()).hasSize(segments);
        assertThat(y.getSymbols()[0]).isEqualTo("No Purchases");
        assertThat(x.getRange().getLowerBound()).isEqualTo(-0.5);
        assertThat(x.getRange().getUpperBound()).isEqualTo(segments - 0.5);
        // R >= 5 only narrows Champions (checked right after No Purchases, which did not change), so every
        // scenario Champion was a baseline Champion: the diagonal cell holds the scenario's whole count
        long champions = fx(() -> deltas.getItems().get(1).scenarioCount());
        assertThat(champions).isPositive();
        long diagonal = fx(() -> {
            for (Object o : plot.getAnnotations()) {
                var a = (org.jfree.chart.annotations.XYTextAnnotation) o;
                if (a.getX() == 1 && a.getY() == 1) {
                    return Long.parseLong(a.getText().replace(",", ""));
                }
            }
            return -1L;
        });
        assertThat(diagonal).isEqualTo(champions);

        clickOn("#whatif-promote");
        String copy = "RFM (standard segments) (Scenario 1)";
        waitUntil(() -> lookup(n -> n instanceof Button b && "Save".equals(b.getText())).tryQuery().isPresent());
        clickOn((Button) lookup(n -> n instanceof Button b && "Save".equals(b.getText())).query());
        waitUntil(promote::isDisabled);
        DefinitionStore store = DefinitionStore.of(ctx().session().workspace());
        Definition saved = store.latest(copy).orElseThrow();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.latest("rfm-standard").orElseThrow()).isEqualTo(rfm); // the template is untouched
    }
}
