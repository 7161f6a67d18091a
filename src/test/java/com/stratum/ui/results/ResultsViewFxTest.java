package com.stratum.ui.results;

import com.stratum.ui.charts.ChartExport;
import com.stratum.ui.charts.ChartPane;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.ViewTexts;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ResultsViewFxTest {

    private ResultsViewModel vm;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        vm = new ResultsViewModel();
        ResultsView view = new ResultsView(vm, ViewTexts.of(Locale.ENGLISH), () -> LatestRunner.background("test"),
                PurchaseHistory.none());
        vm.show(new HandResult());
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 800));
        stage.show();
    }

    @Test
    void clickingABarOpensThatSegmentsMembers(FxRobot robot) throws Exception {
        Node bar = robot.lookup("#chart-sizes #segment-bar-1").query();
        robot.clickOn(bar);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#members-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked") TableView<Integer> table = robot.lookup("#members-table").queryAs(TableView.class);
        // segment 1 (Regulars) has customers c3 and c4
        assertThat(table.getItems()).containsExactly(2, 3);
        robot.clickOn("#members-search").write("4");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).containsExactly(3);
    }

    @Test
    void aChartExportsAsPng(FxRobot robot, @TempDir Path dir) throws Exception {
        ChartPane pane = robot.lookup("#chart-sizes").queryAs(ChartPane.class);
        Path png = dir.resolve("sizes.png");
        robot.interact(() -> {
            try {
                ChartExport.writePng(pane, Color.WHITE, png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(pane.getWidth()));
        assertThat(image.getHeight()).isGreaterThan(100);
    }

    @Test
    void everyChartTabRenders(FxRobot robot) throws Exception {
        for (String tab : new String[] {"RFM", "Profiles", "Distribution", "Scatter", "Pareto"}) {
            robot.clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chart-pareto").tryQuery().isPresent());
        robot.clickOn("RFM");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chart-rfm").tryQuery().isPresent());
    }

    @Test
    void clickingAnRfmHeatMapCellOpensTheMembersOfThatCellsSegment(FxRobot robot) throws Exception {
        robot.clickOn("RFM");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chart-rfm").tryQuery().isPresent());
        ChartPane pane = robot.lookup("#chart-rfm").queryAs(ChartPane.class);
        org.jfree.chart.fx.ChartViewer viewer = (org.jfree.chart.fx.ChartViewer) pane.chart();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> viewer.getCanvas().getRenderingInfo() != null
                        && viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 0);
        // cell R2 x F1 (column 1, row 0) holds only c4, a Regular (segment 1)
        javafx.geometry.Point2D at = WaitForAsyncUtils.asyncFx(() -> cellOnScreen(viewer, 1, 0)).get(5, TimeUnit.SECONDS);
        robot.clickOn(at);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#members-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked") TableView<Integer> table = robot.lookup("#members-table").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactly(2, 3);
    }

    private static javafx.geometry.Point2D cellOnScreen(org.jfree.chart.fx.ChartViewer viewer, int column, int row) {
        org.jfree.chart.plot.XYPlot plot = viewer.getChart().getXYPlot();
        java.awt.geom.Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        double x = plot.getDomainAxis().valueToJava2D(column, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(row, area, plot.getRangeAxisEdge());
        return viewer.getCanvas().localToScreen(x, y);
    }
}
