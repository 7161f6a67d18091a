package com.stratum.ui.segments;

import com.stratum.ui.AppContext;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.service.DefinitionSummary;
import com.stratum.ui.shell.SectionView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The Segments section: the definitions and the Run button. */
public final class SegmentsView implements SectionView {

    private final VBox root;
    private final SegmentsViewModel vm;

    public SegmentsView(SegmentsViewModel vm, AppContext ctx) {
        this.vm = vm;
        Localization i18n = ctx.i18n();
        Label title = new Label(i18n.get("segments.title"));
        title.getStyleClass().add("section-title");

        Button run = new Button(i18n.get("segments.run"), new FontIcon(Material2OutlinedMZ.PLAY_ARROW));
        run.setId("segments-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.setTooltip(new Tooltip(i18n.get("segments.run.tooltip")));
        run.disableProperty().bind(vm.selectedProperty().isNull().or(vm.runningProperty())
                .or(ctx.session().workspaceProperty().isNull()));
        run.setOnAction(e -> vm.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, busy, run);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<DefinitionSummary> list = new ListView<>(vm.definitions());
        list.setId("segments-definitions");
        list.setPlaceholder(new Label(i18n.get("segments.empty")));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(DefinitionSummary d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(d.name());
                name.getStyleClass().add("text-bold");
                Label detail = new Label(d.builtIn() ? i18n.get("segments.detail.builtIn", d.family())
                        : i18n.get("segments.detail.saved", d.family(), d.version()));
                detail.getStyleClass().add("text-muted");
                VBox box = new VBox(2, name, detail);
                if (d.description() != null && !d.description().isBlank()) {
                    Label description = new Label(d.description());
                    description.setWrapText(true);
                    box.getChildren().add(1, description);
                }
                setText(null);
                setGraphic(box);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.selectedProperty().set(n);
            }
        });
        vm.selectedProperty().addListener((obs, o, n) -> list.getSelectionModel().select(n));
        // Replacing the items clears the list's selection: show the view model's choice again.
        vm.definitions().addListener((javafx.collections.ListChangeListener<DefinitionSummary>) c ->
                javafx.application.Platform.runLater(() -> list.getSelectionModel().select(vm.selectedProperty().get())));
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.run();
            }
        });
        Label hint = new Label(i18n.get("segments.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(12, header, hint, list);
        root.setId("segments-view");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        if (vm.definitions().isEmpty()) {
            vm.reload();
        }
    }
}
