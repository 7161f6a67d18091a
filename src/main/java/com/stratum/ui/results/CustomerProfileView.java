package com.stratum.ui.results;

import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.ViewTexts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

import java.util.List;

/** A customer's profile: every feature and score, and the purchase history (loaded off the FX thread). */
public final class CustomerProfileView {

    private CustomerProfileView() {
    }

    public static Stage show(Node owner, SegmentResult run, int row, ViewTexts texts, CellFormat format,
                             FeatureLabels labels, LatestRunner runner, PurchaseHistory history) {
        CustomerFrame frame = run.frame();
        String id = frame.customerId(row);
        GridPane features = new GridPane();
        features.setHgap(12);
        features.setVgap(4);
        features.setPadding(new Insets(8));
        int r = 0;
        features.addRow(r++, bold(texts.get("members.col.segment")), new Label(run.segmentRows().get(run.segmentOfRow()[row]).name()));
        if (!run.tierNames().isEmpty() && run.tierOfRow()[row] >= 0) {
            features.addRow(r++, bold(texts.get("members.col.tier")), new Label(run.tierNames().get(run.tierOfRow()[row])));
        }
        for (Column c : frame.columns()) {
            Label value = new Label(format.cell(c, row));
            value.setWrapText(true); // a long level ("Weekdays and weekends") wraps, the name stays whole
            features.addRow(r++, bold(labels.apply(c.name())), value);
        }
        javafx.scene.control.ScrollPane featureScroll = new javafx.scene.control.ScrollPane(features);
        featureScroll.setFitToWidth(true);

        TableView<PurchaseLine> lines = new TableView<>();
        lines.setId("purchase-history");
        lines.getColumns().add(column(texts.get("profile.col.date"), l -> format.date(l.date()) + " " + l.time()));
        lines.getColumns().add(column(texts.get("profile.col.order"), PurchaseLine::order));
        lines.getColumns().add(column(texts.get("profile.col.amount"), l -> format.cents(l.cents())));
        lines.getColumns().add(column(texts.get("profile.col.channel"), PurchaseLine::channel));
        lines.setPlaceholder(new Label(texts.get("profile.noHistory")));
        Label total = new Label();
        total.getStyleClass().add("text-muted");
        runner.submit(() -> history.linesOf(id), list -> {
            lines.getItems().setAll(list);
            long net = list.stream().mapToLong(PurchaseLine::cents).sum();
            total.setText(texts.get("profile.lines", format.integer(list.size()), format.cents(net)));
        }, e -> lines.setPlaceholder(new Label(String.valueOf(e.getMessage()))));

        VBox left = new VBox(4, heading(texts.get("profile.features")), featureScroll);
        VBox right = new VBox(4, heading(texts.get("profile.history")), total, lines);
        VBox.setVgrow(featureScroll, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(lines, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.42);
        BorderPane pane = new BorderPane(split);
        pane.setId("customer-profile");
        pane.setPadding(new Insets(8));
        Stage stage = new Stage();
        javafx.scene.control.Button close = new javafx.scene.control.Button(texts.get("profile.close"));
        close.setId("profile-close");
        close.setCancelButton(true); // Esc
        close.setOnAction(e -> stage.close());
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        pane.setBottom(buttons);
        stage.setTitle(texts.get("profile.title", id));
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            stage.initOwner(owner.getScene().getWindow());
            stage.initModality(Modality.NONE);
        }
        Scene scene = new Scene(pane, 860, 560);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                owner.getScene().getRoot().getPseudoClassStates()
                        .forEach(pc -> pane.pseudoClassStateChanged(pc, true));
            }
        }
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.W,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ESCAPE),
                stage::close);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static TableColumn<PurchaseLine, String> column(String title,
                                                            java.util.function.Function<PurchaseLine, String> value) {
        TableColumn<PurchaseLine, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(140);
        return c;
    }

}
