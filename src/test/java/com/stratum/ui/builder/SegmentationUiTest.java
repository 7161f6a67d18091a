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
                new SegmentSpec("a", "Segment 1", null, null, null, null, Criterion.and(Condition.ge("monetary", 100))),
                new SegmentSpec("b", "Segment 2", null, null, null, null, Criterion.and(Condition.ge("frequency", 2),
                        Criterion.or(Condition.notIn("channel", "online"), Condition.ge("monetary", 40))))),
                null, null, null);
    }

    /** The window's customers are the hand-made frame (the test workspace has no datasets). */
    private void loadCustomers() {
        onFx(() -> {
            AnalysisSession analysis = AnalysisSession.of(ctx());
            analysis.sourceProperty().set(ws -> CustomerData.ofFrame(BuilderViewModelTest.frame()));
            analysis.setData(CustomerData.ofFrame(BuilderViewModelTest.frame()));
        });
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

    @Test
    void runOpensResultsChartMembersAndExportsXlsx() throws Exception {
        buildTwoSegments();
        waitUntil(() -> text("#segment-count-1").startsWith("2 customers"));
        clickOn("#builder-run");
        waitUntil(() -> lookup("#segment-table").tryQuery().isPresent());
        TableView<SegmentTableRow> table = node("#segment-table");
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(fx(() -> table.getItems().stream().map(SegmentTableRow::count).toList())).containsExactly(3L, 2L, 3L);
        // Big: 900 + 300 + 150 = 1,350.00 of 1,495.00 (90.3%)
        assertThat(fx(() -> table.getItems().get(0).revenue())).isEqualByComparingTo("1350.00");
        // the run is kept for History
        assertThat(new com.stratum.workspace.RunRepository(ctx().session().workspace()).list()).hasSize(1);

        clickOn("#chart-sizes #segment-bar-1");
        waitUntil(() -> lookup("#members-table").tryQuery().isPresent());
        TableView<Integer> members = node("#members-table");
        // Regular: d and e (rows 3 and 4)
        assertThat(fx(() -> List.copyOf(members.getItems()))).containsExactly(3, 4);

        Path out = temp.resolve("regular.xlsx");
        dialogs.answerNextChooser(out);
        clickOn("#results-export"); // opens the Export section on this run with the open segment chosen
        waitUntil(() -> lookup("#export-write").tryQuery().isPresent()
                && !((javafx.scene.control.Button) node("#export-write")).isDisabled());
        clickOn("#export-write");
        waitUntil(() -> ((javafx.scene.control.Label) node("#export-done")).getText().startsWith("Exported")
                || !dialogs.errors().isEmpty());
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            Sheet sheet = wb.getSheet("Segment 2");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer ID");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("d");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("e");
            assertThat(wb.getSheet("Segment 1")).isNull(); // only the open segment's members
        }
    }

    @Test
    void movingAWhatIfSliderUpdatesCountsAndMigrationToTheEnginesFiguresAndExportsThem() throws Exception {
        buildTwoSegments();
        waitUntil(() -> text("#segment-count-1").startsWith("2 customers"));
        clickOn("#builder-save");
        clickOn("#nav-whatif");
        waitUntil(() -> lookup("#whatif-view").tryQuery().isPresent());
        javafx.scene.control.ComboBox<String> baseline = node("#whatif-baseline");
        assertThat(fx(() -> baseline.getItems().get(0))).isEqualTo("My segmentation");
        clickOn("#whatif-baseline");
        clickInPopup("My segmentation");
        waitUntil(() -> lookup("#knob-0").tryQuery().isPresent());
        Slider knob = node("#knob-0");
        assertThat(fx(knob::getValue)).isEqualTo(100.0); // Big: monetary >= 100
        // move the slider (as a drag would) to 250
        onFx(() -> knob.setValue(250));
        // Big loses c (150.00), who is Regular now: frequency 5 and monetary >= 40
        Definition base = expected();
        Definition scenario = base.withSegment(0, s -> s.withCriteria(Criterion.and(Condition.ge("monetary", 250))));
        Comparison engine = Comparison.of(Evaluator.evaluate(base, BuilderViewModelTest.frame()).labels(),
                Evaluator.evaluate(scenario, BuilderViewModelTest.frame()).labels());
        assertThat(engine.count("Segment 1", "Segment 2")).isEqualTo(1);
        TableView<com.stratum.engine.SegmentDelta> deltas = node("#whatif-deltas");
        waitUntil(() -> deltas.getItems().size() >= 3 && deltas.getItems().get(0).scenarioCount() == 2);
        assertThat(fx(() -> deltas.getItems().stream().map(d -> d.scenarioCount()).toList()))
                .containsExactly(2L, 3L, 3L);
        assertThat(fx(() -> deltas.getItems().stream().map(d -> d.countDiff()).toList()))
                .containsExactly(-1L, 1L, 0L);
        // the migration matrix the view draws is the engine's: one customer Segment 1 -> Segment 2
        waitUntil(() -> lookup("#whatif-matrix").tryQuery().isPresent());
        long[][] shown = fx(() -> drawnCounts(node("#whatif-matrix")));
        // both sides are the same customers, so the engine's (none) row and column (its last) are empty
        // and the heat map leaves them out: it shows the engine's matrix without them
        long[][] all = engine.matrix();
        int n = all.length - 1;
        for (int i = 0; i <= n; i++) {
            assertThat(all[n][i] + all[i][all[i].length - 1]).isZero();
        }
        long[][] segmentsOnly = new long[n][];
        for (int r = 0; r < n; r++) {
            segmentsOnly[r] = java.util.Arrays.copyOf(all[r], all[r].length - 1);
        }
        assertThat(shown).isDeepEqualTo(segmentsOnly);
        assertThat(shown[0][1]).isEqualTo(1);

        // the export button writes baseline vs this scenario: the same matrix, and c as the one mover
        Path out = temp.resolve("whatif.xlsx");
        dialogs.answerNextChooser(out);
        clickOn("#whatif-export");
        waitUntil(() -> !dialogs.infos().isEmpty());
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            Sheet matrix = wb.getSheet("Migration");
            assertThat(matrix.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Segment 1");
            for (int r = 0; r < all.length; r++) {
                for (int c = 0; c < all[r].length; c++) {
                    assertThat((long) matrix.getRow(r + 1).getCell(c + 1).getNumericCellValue())
                            .as("cell %d,%d", r, c).isEqualTo(engine.matrix()[r][c]);
                }
            }
            Sheet movers = wb.getSheet("Customers who moved");
            assertThat(movers.getLastRowNum()).isEqualTo(1);
            assertThat(movers.getRow(1).getCell(0).getStringCellValue()).isEqualTo("c");
            assertThat(movers.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Segment 1");
            assertThat(movers.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Segment 2");
            assertThat(wb.getSheet("Segment changes").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    /** The counts written in the cells of a heat map (JFreeChart text annotations at column x, row y). */
    private static long[][] drawnCounts(com.stratum.ui.charts.ChartPane pane) {
        org.jfree.chart.fx.ChartViewer viewer = (org.jfree.chart.fx.ChartViewer) pane.chart();
        org.jfree.chart.plot.XYPlot plot = viewer.getChart().getXYPlot();
        int cols = ((org.jfree.chart.axis.SymbolAxis) plot.getDomainAxis()).getSymbols().length;
        int rows = ((org.jfree.chart.axis.SymbolAxis) plot.getRangeAxis()).getSymbols().length;
        long[][] out = new long[rows][cols];
        for (Object o : plot.getAnnotations()) {
            org.jfree.chart.annotations.XYTextAnnotation a = (org.jfree.chart.annotations.XYTextAnnotation) o;
            out[(int) a.getY()][(int) a.getX()] = Long.parseLong(a.getText().replace(",", ""));
        }
        return out;
    }

    /** Small helper so the steps read in order. */
    private static final class WaitForFx {
        static void events() {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }



}
