package com.stratum.ui.charts;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;

import java.util.function.IntConsumer;

/** A legend of segment colours (JavaFX legends use the chart palette, not the segments' own colours). */
public final class SegmentLegend extends FlowPane {

    public SegmentLegend(String[] names, String[] colours, IntConsumer onClick) {
        super(12, 4);
        getStyleClass().add("segment-legend");
        for (int i = 0; i < names.length; i++) {
            Rectangle swatch = new Rectangle(10, 10, Palette.fx(colours, i));
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            Label l = new Label(names[i], swatch);
            l.getStyleClass().add("segment-legend-item");
            int index = i;
            if (onClick != null) {
                l.setOnMouseClicked(e -> onClick.accept(index));
                l.setStyle("-fx-cursor: hand;");
            }
            getChildren().add(l);
        }
    }
}
