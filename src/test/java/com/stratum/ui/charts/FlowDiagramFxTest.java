package com.stratum.ui.charts;

import javafx.scene.Scene;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawn diagram: one band per non-empty cell, one node per non-empty row and column, a click reports its cell. */
@ExtendWith(ApplicationExtension.class)
class FlowDiagramFxTest {

    /** A -> A 3, A -> B 1, B -> B 4, (none) -> A 2: four bands, three left nodes, two right nodes. */
    private static final long[][] MATRIX = {{3, 1, 0}, {0, 4, 0}, {2, 0, 0}};
    private final List<int[]> clicks = new CopyOnWriteArrayList<>();
    private FlowDiagram diagram;

    @Start
    void start(Stage stage) {
        diagram = new FlowDiagram(new String[]{"A", "B", "(none)"}, new String[]{"A", "B", "(none)"},
                new String[]{"#1E88E5", "#43A047", "#9E9E9E"}, new String[]{"#1E88E5", "#43A047", "#9E9E9E"},
                MATRIX, Locale.ENGLISH, (from, to) -> clicks.add(new int[]{from, to}));
        stage.setScene(new Scene(diagram, 700, 420));
        stage.show();
    }

    @Test
    void drawsBandsAndNodesAndReportsTheClickedBand(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".flow-band").queryAllAs(Path.class)).hasSize(4);
        assertThat(robot.lookup(".flow-node").queryAllAs(Rectangle.class)).hasSize(5);
        // B -> B (4 of 10 customers), clicked just right of where it leaves B (mid-way other bands cross it)
        Path band = robot.lookup("#flow-band-1-1").queryAs(Path.class);
        javafx.scene.shape.MoveTo start = (javafx.scene.shape.MoveTo) band.getElements().get(0);
        javafx.scene.shape.CubicCurveTo top = (javafx.scene.shape.CubicCurveTo) band.getElements().get(1);
        javafx.scene.shape.LineTo down = (javafx.scene.shape.LineTo) band.getElements().get(2);
        double thickness = down.getY() - top.getY();
        robot.clickOn(band.localToScreen(start.getX() + 4, start.getY() + thickness / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clicks).hasSize(1);
        assertThat(clicks.get(0)).containsExactly(1, 1);
    }
}
