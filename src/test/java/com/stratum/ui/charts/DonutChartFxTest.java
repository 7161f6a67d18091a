package com.stratum.ui.charts;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The centre text of a small donut (as at 1280x800) stays inside the hole, clear of the ring. */
@ExtendWith(ApplicationExtension.class)
class DonutChartFxTest {

    @Start
    void start(Stage stage) {
        SegmentValues values = new SegmentValues(new String[] {"A", "B", "C"}, new String[] {"#1E88E5", "#43A047",
                "#FB8C00"}, new double[] {1388, 163, 449});
        DonutChart donut = new DonutChart(values, "2,000 customers", Locale.ENGLISH, null);
        donut.setLegendVisible(false);
        stage.setScene(new Scene(donut, 240, 220));
        stage.show();
    }

    @Test
    void centreTextFitsInsideTheHole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Circle hole = robot.lookup(".donut-hole").queryAs(Circle.class);
        Label centre = robot.lookup(".donut-centre").queryAs(Label.class);
        assertThat(hole.getRadius()).isPositive();
        // every corner of the (scaled) text box lies within the hole's radius of its centre
        Bounds b = centre.getBoundsInParent();
        double[][] corners = {{b.getMinX(), b.getMinY()}, {b.getMaxX(), b.getMinY()}, {b.getMinX(), b.getMaxY()},
                {b.getMaxX(), b.getMaxY()}};
        for (double[] c : corners) {
            assertThat(Math.hypot(c[0] - hole.getCenterX(), c[1] - hole.getCenterY()))
                    .isLessThanOrEqualTo(hole.getRadius());
        }
        // wrapped between words, never inside "customers"
        assertThat(centre.getText()).isEqualTo("2,000 customers");
    }
}
