package com.stratum.ui.builder;

import com.stratum.engine.definition.SegmentSpec;
import com.stratum.ui.charts.Palette;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.results.SegmentTexts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The ordered segment list: colour, name, live count and revenue share; drag a segment to reorder
 * (order matters: the first segment that matches a customer wins).
 */
final class SegmentsPanel extends ListView<SegmentSpec> {

    private static final DataFormat INDEX = new DataFormat("application/x-stratum-segment-index");

    SegmentsPanel(BuilderViewModel vm, ViewTexts texts, SegmentTexts names) {
        setId("segment-list");
        CellFormat format = new CellFormat(texts.locale());
        setCellFactory(list -> new ListCell<>() {
            {
                setOnDragDetected(e -> {
                    if (getItem() == null) {
                        return;
                    }
                    Dragboard db = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent c = new ClipboardContent();
                    c.put(INDEX, getIndex());
                    db.setContent(c);
                    e.consume();
                });
                setOnDragOver(e -> {
                    if (e.getDragboard().hasContent(INDEX)) {
                        e.acceptTransferModes(TransferMode.MOVE);
                    }
                    e.consume();
                });
                setOnDragDropped(e -> {
                    if (e.getDragboard().hasContent(INDEX)) {
                        int from = (Integer) e.getDragboard().getContent(INDEX);
                        int to = getItem() == null ? getListView().getItems().size() - 1 : getIndex();
                        vm.moveSegment(from, to);
                        e.setDropCompleted(true);
                    }
                    e.consume();
                });
            }

            @Override
            protected void updateItem(SegmentSpec s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Rectangle swatch = new Rectangle(12, 12, Palette.fx(s.colour(), getIndex()));
                swatch.setArcWidth(4);
                swatch.setArcHeight(4);
                Label name = new Label(names.name(s));
                name.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(name, Priority.ALWAYS);
                Label count = new Label();
                count.getStyleClass().add("preview-count");
                count.setId("segment-count-" + getIndex());
                BuilderPreview p = vm.previewProperty().get();
                if (p != null && p.ok() && getIndex() < p.counts().length) {
                    count.setText(texts.get("builder.segmentMatches", format.integer(p.counts()[getIndex()]),
                            format.percent(p.revenueShare(p.revenueCents()[getIndex()]))));
                }
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox row = new HBox(8, swatch, new VBox(name, count));
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        vm.previewProperty().addListener((o, a, b) -> refresh());
    }
}
