package com.stratum.ui.export;

import com.stratum.exports.SegmentListExport.PersonalData;
import com.stratum.ui.AppContext;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.shell.SectionView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Export section: on the left what to export (run, segments, format, personal columns) and the
 * export button with its progress and outcome; on the right the checkable list of columns.
 */
public final class ExportView implements SectionView {

    private final ExportViewModel vm;
    private final Localization t;
    private final BorderPane root = new BorderPane();

    public ExportView(ExportViewModel vm, AppContext ctx) {
        this.vm = vm;
        this.t = ctx.i18n();
        root.setId("export-view");
        root.setPadding(new Insets(16));
        Label title = new Label(t.get("nav.export"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(t.get("export.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        VBox top = new VBox(4, title, intro);
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);
        VBox choices = choices();
        choices.setPrefWidth(560);
        choices.setMinWidth(420);
        VBox columnList = columnList();
        columnList.setPrefWidth(420); // takes what the choices leave
        columnList.setMinWidth(300);
        HBox.setHgrow(columnList, Priority.ALWAYS);
        HBox body = new HBox(24, choices, columnList);
        root.setCenter(body);
    }

    private VBox choices() {
        ComboBox<ExportViewModel.RunChoice> run = new ComboBox<>(vm.runs());
        run.setId("export-run");
        run.valueProperty().bindBidirectional(vm.runProperty());
        run.setMaxWidth(Double.MAX_VALUE);
        run.setTooltip(new Tooltip(t.get("export.run.tooltip")));

        ComboBox<ExportViewModel.SegmentChoice> segment = new ComboBox<>(vm.segments());
        segment.setId("export-segment");
        segment.valueProperty().bindBidirectional(vm.segmentProperty());
        segment.setMaxWidth(Double.MAX_VALUE);

        ToggleGroup formats = new ToggleGroup();
        RadioButton xlsx = radio(formats, "export-format-xlsx", t.get("export.format.xlsx"), ExportViewModel.Format.XLSX);
        RadioButton csv = radio(formats, "export-format-csv", t.get("export.format.csv"), ExportViewModel.Format.CSV);
        select(formats, vm.formatProperty().get());
        formats.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.formatProperty().set((ExportViewModel.Format) now.getUserData());
            }
        });
        vm.formatProperty().addListener((obs, old, now) -> select(formats, now));

        ToggleGroup personal = new ToggleGroup();
        RadioButton keep = radio(personal, "export-personal-keep", t.get("export.personal.keep"), PersonalData.INCLUDE);
        RadioButton mask = radio(personal, "export-personal-mask", t.get("export.personal.mask"), PersonalData.MASK);
        RadioButton omit = radio(personal, "export-personal-omit", t.get("export.personal.omit"), PersonalData.OMIT);
        mask.setTooltip(new Tooltip(t.get("export.personal.mask.tooltip")));
        select(personal, vm.personalDataProperty().get());
        personal.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.personalDataProperty().set((PersonalData) now.getUserData());
            }
        });
        vm.personalDataProperty().addListener((obs, old, now) -> select(personal, now));
        Label keptNote = new Label(t.get("export.run.keptNote"));
        keptNote.setId("export-kept-note");
        keptNote.getStyleClass().add("text-muted");
        keptNote.setWrapText(true);
        keptNote.visibleProperty().bind(vm.keptChosenProperty());
        keptNote.managedProperty().bind(keptNote.visibleProperty());
        Label personalNote = new Label(t.get("export.personal.note"));
        personalNote.getStyleClass().add("text-muted");
        personalNote.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        int row = 0;
        form.addRow(row++, label("export.run"), new VBox(6, run, keptNote));
        form.addRow(row++, label("export.segments"), segment);
        form.addRow(row++, label("export.format"), new VBox(6, xlsx, csv));
        form.addRow(row, label("export.personal"), new VBox(6, keep, mask, omit, personalNote));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        GridPane.setHgrow(run.getParent(), Priority.ALWAYS);
        GridPane.setHgrow(segment, Priority.ALWAYS);

        Button write = new Button(t.get("export.write"));
        write.setId("export-write");
        write.getStyleClass().add("accent");
        write.setDefaultButton(true);
        write.disableProperty().bind(vm.busyProperty().or(vm.assignmentProperty().isNull()));
        write.setOnAction(e -> vm.export());
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label preparing = new Label(t.get("export.preparing"));
        preparing.getStyleClass().add("text-muted");
        preparing.visibleProperty().bind(vm.assignmentProperty().isNull().and(vm.runProperty().isNotNull()));
        preparing.managedProperty().bind(preparing.visibleProperty());
        Label noRuns = new Label(t.get("export.noRuns"));
        noRuns.setId("export-no-runs");
        noRuns.getStyleClass().add("text-muted");
        noRuns.setWrapText(true);
        noRuns.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.runs()));
        noRuns.managedProperty().bind(noRuns.visibleProperty());
        HBox actions = new HBox(12, write, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progress, Priority.ALWAYS);

        Label done = new Label();
        done.setId("export-done");
        done.setWrapText(true);
        done.textProperty().bind(vm.messageProperty());
        Button openFolder = new Button(t.get("export.openFolder"));
        openFolder.setId("export-open-folder");
        openFolder.setOnAction(e -> vm.openFolder());
        VBox outcome = new VBox(6, done, openFolder);
        outcome.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());

        VBox box = new VBox(16, form, noRuns, preparing, actions, outcome);
        return box;
    }

    private VBox columnList() {
        Label heading = label("export.columns");
        heading.getStyleClass().add("title-4");
        Label note = new Label(t.get("export.columns.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        javafx.collections.transformation.FilteredList<ExportViewModel.ColumnChoice> shown =
                new javafx.collections.transformation.FilteredList<>(vm.columns());
        javafx.scene.control.TextField filter = new javafx.scene.control.TextField();
        filter.setId("export-columns-filter");
        filter.setPromptText(t.get("export.columns.filter"));
        filter.textProperty().addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(t.locale());
            shown.setPredicate(needle.isEmpty() ? null : c -> c.label().toLowerCase(t.locale()).contains(needle)
                    || c.key().toLowerCase(java.util.Locale.ROOT).contains(needle));
        });
        ListView<ExportViewModel.ColumnChoice> list = new ListView<>(shown);
        list.setId("export-columns");
        list.setCellFactory(v -> new ColumnCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Button all = new Button(t.get("export.columns.all"));
        all.setId("export-columns-all");
        all.setOnAction(e -> shown.forEach(c -> c.chosenProperty().set(true))); // the columns the filter shows
        Button none = new Button(t.get("export.columns.none"));
        none.setId("export-columns-none");
        none.setOnAction(e -> shown.forEach(c -> c.chosenProperty().set(false)));
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        Runnable recount = () -> count.setText(vm.columns().isEmpty() ? "" : t.get("export.columns.count",
                vm.chosenColumns().size() + 1, vm.columns().size() + 1)); // + customer id, always written
        vm.columns().addListener((javafx.collections.ListChangeListener<ExportViewModel.ColumnChoice>) ch -> {
            vm.columns().forEach(c -> c.chosenProperty().addListener(o -> recount.run()));
            recount.run();
        });
        vm.columns().forEach(c -> c.chosenProperty().addListener(o -> recount.run()));
        recount.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, all, none, spacer, count);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading, note, filter, list, buttons);
    }

    /** A column as a check box; personal columns say so. */
    private final class ColumnCell extends ListCell<ExportViewModel.ColumnChoice> {
        private final CheckBox box = new CheckBox();
        private ExportViewModel.ColumnChoice bound;

        @Override
        protected void updateItem(ExportViewModel.ColumnChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = item;
            box.setText(item.isPersonal() ? t.get("export.columns.personal", item.label()) : item.label());
            box.setId("export-col-" + item.key());
            box.selectedProperty().bindBidirectional(item.chosenProperty());
            setText(null);
            setGraphic(box);
        }
    }

    private Label label(String key) {
        Label l = new Label(t.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static RadioButton radio(ToggleGroup group, String id, String text, Object value) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setWrapText(true);
        r.setToggleGroup(group);
        r.setUserData(value);
        return r;
    }

    private static void select(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(tg -> tg.getUserData() == value).findFirst()
                .ifPresent(tg -> group.selectToggle(tg));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        vm.refresh();
    }
}
