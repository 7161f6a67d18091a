package com.stratum.ui.builder;

import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.ui.AppContext;
import com.stratum.ui.charts.Palette;
import com.stratum.ui.charts.ViewStyles;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.results.SegmentTexts;
import com.stratum.ui.shell.SectionView;
import com.stratum.workspace.DefinitionInfo;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Optional;

/**
 * The Segments section: the definitions (templates and saved), the ordered segments of the one
 * being edited, and the selected segment's name, colour, strategy and criteria cards, all with
 * live counts. Undo/redo go through the window's Edit menu (the shared job stack) and the buttons.
 */
public final class BuilderView implements SectionView {

    private final BuilderViewModel vm;
    private final ViewTexts texts;
    private final SegmentTexts names;
    private final CellFormat format;
    private final Runnable onRun;
    private final BorderPane root = new BorderPane();
    private final ListView<DefinitionInfo> definitionList = new ListView<>();
    private final TextField definitionName = new TextField();
    private final SegmentsPanel segments;
    private final StackPane segmentEditor = new StackPane();
    private final Label totals = new Label();
    private CriteriaEditor criteria;
    private ScrollPane editorScroll;

    /** The Segments section of the main window. */
    public BuilderView(BuilderViewModel vm, AppContext ctx) {
        this(vm, ViewTexts.of(ctx.i18n().locale()), vm::runAndShow);
    }

    public BuilderView(BuilderViewModel vm, ViewTexts texts, Runnable onRun) {
        this.vm = vm;
        this.texts = texts;
        this.names = new SegmentTexts(texts.locale());
        this.format = new CellFormat(texts.locale());
        this.onRun = onRun;
        this.segments = new SegmentsPanel(vm, texts, names);
        root.setId("builder-view");
        // the edited definition is reachable from the section's node (window tests read it back)
        root.getProperties().put(BuilderViewModel.class, vm);
        ViewStyles.apply(root);
        // the definitions list can be narrowed (or widened) so the criteria editor has room at 1280x800
        SplitPane sides = new SplitPane(definitionsPane(), editorPane());
        sides.setId("builder-split");
        sides.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(sides.getItems().get(0), false);
        root.setCenter(sides);
        vm.definitionProperty().addListener((o, a, b) -> showDefinition());
        vm.selectedSegmentProperty().addListener((o, a, b) -> showSegment());
        vm.previewProperty().addListener((o, a, b) -> showPreview());
        segments.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && b.intValue() != vm.selectedSegmentProperty().get()) {
                vm.selectedSegmentProperty().set(b.intValue());
            }
        });
        vm.evaluatorProperty().addListener((o, a, b) -> showSegment());
        showDefinition();
    }

    @Override
    public Node node() {
        return root;
    }

    private Node definitionsPane() {
        Label title = new Label(texts.get("builder.definitions"));
        title.getStyleClass().add("title-4");
        MenuButton create = new MenuButton(texts.get("builder.new"), new FontIcon(Material2AL.ADD));
        create.setId("definition-new");
        MenuItem blank = new MenuItem(texts.get("builder.newBlank"));
        blank.setId("new-blank");
        blank.setOnAction(e -> ask(texts.get("builder.newBlank"), texts.get("builder.untitled"))
                .ifPresent(vm::newBlank));
        create.getItems().addAll(blank, new SeparatorMenuItem());
        for (Definition t : BuiltInDefinitions.all()) {
            MenuItem item = new MenuItem(texts.definitionTitle(t.name()));
            item.setOnAction(e -> ask(texts.get("builder.newFromTemplate"), texts.definitionTitle(t.name()) + " 2")
                    .ifPresent(n -> vm.newFromTemplate(t.name(), n)));
            create.getItems().add(item);
        }
        Button duplicate = iconButton(Material2AL.CONTENT_COPY, "builder.duplicate", () -> {
            if (vm.definition() != null) {
                ask(texts.get("builder.duplicate"), vm.definition().name() + " 2").ifPresent(vm::duplicate);
            }
        });
        Button delete = iconButton(Material2AL.DELETE_OUTLINE, "builder.deleteDefinition", () -> {
            DefinitionInfo sel = definitionList.getSelectionModel().getSelectedItem();
            if (sel != null && sel.latestVersion() > 0) {
                vm.deleteSaved(sel.name());
            }
        });
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(4, create, duplicate, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        definitionList.setId("definition-list");
        definitionList.setItems(vm.definitions());
        definitionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DefinitionInfo d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setText(null);
                    return;
                }
                String title = texts.definitionTitle(d.name());
                setText(d.latestVersion() == 0 ? title : title + "  ·  " + texts.get("builder.version", d.latestVersion()));
                setTooltip(new Tooltip(d.description() == null ? d.name() : d.name() + "\n" + d.description()));
            }
        });
        definitionList.setOnMouseClicked(e -> {
            DefinitionInfo sel = definitionList.getSelectionModel().getSelectedItem();
            if (sel != null && e.getClickCount() == 2) {
                vm.open(sel.name());
            }
        });
        definitionList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && (vm.definition() == null || !vm.isDirty())) {
                vm.open(b.name());
            }
        });
        VBox box = new VBox(8, title, bar, definitionList);
        VBox.setVgrow(definitionList, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.setPrefWidth(230);
        box.setMinWidth(150);
        return box;
    }

    private Node editorPane() {
        definitionName.setId("definition-name");
        definitionName.getStyleClass().add("title-3");
        definitionName.setOnAction(e -> vm.renameDefinition(definitionName.getText()));
        definitionName.focusedProperty().addListener((o, was, is) -> {
            if (!is && vm.definition() != null && !definitionName.getText().equals(vm.definition().name())) {
                vm.renameDefinition(definitionName.getText());
            }
        });
        Button undo = iconButton(Material2MZ.UNDO, "builder.undo", () -> vm.jobs().undo());
        undo.setId("builder-undo");
        undo.disableProperty().bind(vm.jobs().canUndoProperty().not());
        Button redo = iconButton(Material2MZ.REDO, "builder.redo", () -> vm.jobs().redo());
        redo.setId("builder-redo");
        redo.disableProperty().bind(vm.jobs().canRedoProperty().not());
        Button save = new Button(texts.get("builder.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("builder-save");
        save.setOnAction(e -> vm.save());
        Button run = new Button(texts.get("builder.run"), new FontIcon(Material2MZ.PLAY_ARROW));
        run.setId("builder-run");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> onRun.run());
        HBox.setHgrow(definitionName, Priority.ALWAYS);
        HBox header = new HBox(8, definitionName, undo, redo, save, run);
        header.setAlignment(Pos.CENTER_LEFT);
        totals.getStyleClass().add("text-muted");
        totals.setId("builder-totals");

        Button add = new Button(texts.get("builder.addSegment"), new FontIcon(Material2AL.ADD));
        add.setId("add-segment");
        add.setOnAction(e -> vm.addSegment());
        Button remove = iconButton(Material2AL.DELETE_OUTLINE, "builder.removeSegment", () -> {
            int i = vm.selectedSegmentProperty().get();
            if (i >= 0) {
                vm.removeSegment(i);
            }
        });
        Label segTitle = new Label(texts.get("builder.segments"));
        segTitle.getStyleClass().add("title-4");
        Label orderHint = new Label(texts.get("builder.orderHint"));
        orderHint.getStyleClass().add("text-muted");
        orderHint.setWrapText(true);
        VBox left = new VBox(6, segTitle, orderHint, segments, new HBox(4, add, remove));
        VBox.setVgrow(segments, Priority.ALWAYS);
        left.setMinWidth(220);
        ScrollPane scroll = new ScrollPane(segmentEditor);
        scroll.setId("segment-editor-scroll");
        scroll.setFitToWidth(true);
        editorScroll = scroll;
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.28);
        split.setOrientation(Orientation.HORIZONTAL);

        TabPane parts = new TabPane();
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab segTab = new Tab(texts.get("builder.tab.segments"), split);
        segTab.setId("tab-segments");
        Tab rfmTab = new Tab(texts.get("builder.tab.rfm"), new RfmEditor(vm, texts).node());
        rfmTab.setId("tab-rfm-editor");
        Tab tiersTab = new Tab(texts.get("builder.tab.tiers"), new TiersEditor(vm, texts).node());
        tiersTab.setId("tab-tiers-editor");
        Tab clusterTab = new Tab(texts.get("builder.tab.clustering"), new ClusteringEditor(vm, texts).node());
        clusterTab.setId("tab-clustering-editor");
        parts.getTabs().addAll(segTab, rfmTab, tiersTab, clusterTab);
        VBox box = new VBox(8, header, totals, parts);
        VBox.setVgrow(parts, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Button iconButton(org.kordamp.ikonli.Ikon icon, String tipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(texts.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<String> ask(String title, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        com.stratum.ui.dialog.DialogStyle.apply(d, title);
        d.setGraphic(null);
        d.setContentText(texts.get("builder.name"));
        if (root.getScene() != null) {
            d.initOwner(root.getScene().getWindow());
        }
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void showDefinition() {
        Definition d = vm.definition();
        if (d == null) {
            definitionName.setText("");
            segments.getItems().clear();
            segmentEditor.getChildren().setAll(muted("builder.pickDefinition"));
            return;
        }
        definitionName.setText(d.name());
        segments.getItems().setAll(d.segments());
        showSegment();
    }

    private void showSegment() {
        Definition d = vm.definition();
        int i = vm.selectedSegmentProperty().get();
        if (d == null || i < 0 || i >= d.segments().size()) {
            criteria = null;
            segmentEditor.getChildren().setAll(muted(d != null && d.segments().isEmpty() && d.clustering() != null
                    ? "builder.clusterSegments" : "builder.pickSegment"));
            return;
        }
        if (segments.getSelectionModel().getSelectedIndex() != i) {
            segments.getSelectionModel().select(i);
        }
        SegmentSpec s = d.segments().get(i);
        TextField name = new TextField(names.name(s));
        name.setId("segment-name");
        name.setOnAction(e -> vm.renameSegment(i, name.getText()));
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is && !name.getText().equals(names.name(s))) {
                vm.renameSegment(i, name.getText());
            }
        });
        ColorPicker colour = new ColorPicker(Palette.fx(s.colour(), i));
        colour.setId("segment-colour");
        colour.setOnAction(e -> vm.setSegmentColour(i, Palette.hex(colour.getValue())));
        TextArea strategy = new TextArea(names.strategy(s));
        strategy.setId("segment-strategy");
        strategy.setPrefRowCount(2);
        strategy.setPrefColumnCount(20);
        strategy.setWrapText(true);
        strategy.setPromptText(texts.get("builder.strategyPrompt"));
        strategy.focusedProperty().addListener((o, was, is) -> {
            if (!is && !strategy.getText().equals(names.strategy(s))) {
                vm.setSegmentStrategy(i, strategy.getText());
            }
        });
        HBox top = new HBox(8, new Label(texts.get("builder.segmentName")), name, colour);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label strategyLabel = new Label(texts.get("builder.strategy"));
        Label criteriaLabel = new Label(texts.get("builder.criteria"));
        criteriaLabel.getStyleClass().add("title-4");
        criteria = new CriteriaEditor(vm, texts, i);
        VBox card = new VBox(8, top, strategyLabel, strategy, criteriaLabel, criteria.node());
        card.getStyleClass().add("segment-card");
        card.setPadding(new Insets(10));
        // an edit rebuilds the cards; keep the analyst where they were
        double scrolled = editorScroll == null ? 0 : editorScroll.getVvalue();
        segmentEditor.getChildren().setAll(card);
        if (editorScroll != null) {
            javafx.application.Platform.runLater(() -> editorScroll.setVvalue(scrolled));
        }
        showPreview();
    }

    private void showPreview() {
        BuilderPreview p = vm.previewProperty().get();
        if (p == null) {
            totals.setText(texts.get("builder.noData"));
            return;
        }
        if (!p.ok()) {
            totals.setText(texts.get("builder.previewError", p.error()));
            return;
        }
        long customers = 0;
        for (long c : p.counts()) {
            customers += c;
        }
        totals.setText(texts.get("builder.totals", format.integer(customers), format.cents(p.totalRevenueCents())));
        if (criteria != null) {
            criteria.showPreview(p);
        }
    }

    private Label muted(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

}
