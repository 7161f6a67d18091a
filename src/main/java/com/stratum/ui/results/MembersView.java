package com.stratum.ui.results;

import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.charts.ViewTexts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A segment's members: a virtualized TableView over frame row indices, sortable by any column
 * (the view model reorders the index array) and searchable by customer id. Double-click (or
 * Enter) opens the customer's profile.
 */
public final class MembersView {

    private final BorderPane root = new BorderPane();
    private final MembersViewModel vm;

    public MembersView(MembersViewModel vm, ViewTexts texts, CellFormat format, FeatureLabels labels,
                       LatestRunner runner, PurchaseHistory history, Runnable onBack) {
        this.vm = vm;
        root.setId("members-view");
        Button back = new Button(texts.get("members.back"), new FontIcon(Material2AL.ARROW_BACK));
        back.setId("members-back");
        back.setOnAction(e -> onBack.run());
        Label title = new Label(texts.get("members.title", vm.segmentName()));
        title.getStyleClass().add("title-4");
        TextField search = new TextField();
        search.setId("members-search");
        search.setPromptText(texts.get("members.search"));
        Label count = new Label();
        count.setId("members-count");
        count.getStyleClass().add("text-muted");
        Runnable updateCount = () -> count.setText(texts.get("members.count",
                format.integer(vm.rows().size()), format.integer(vm.memberCount())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, back, title, spacer, count, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        root.setTop(bar);

        TableView<Integer> table = new TableView<>(vm.rows());
        table.setId("members-table");
        CustomerFrame frame = vm.result().frame();
        for (String key : vm.columns()) {
            TableColumn<Integer, String> col = new TableColumn<>(header(key, texts, labels));
            col.setUserData(key);
            // wide enough for the whole header ("Recency (days)", "Gross monetary"), never cut short
            double headerWidth = com.stratum.ui.charts.ChartText.headerWidth(col.getText());
            col.setPrefWidth(Math.max(key.equals(MembersViewModel.CUSTOMER_ID) ? 120 : 110, headerWidth));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(cell(key, c.getValue(), frame, format)));
            if (frame.find(key).filter(c -> c instanceof com.stratum.features.NumericColumn
                    || c instanceof com.stratum.features.MoneyColumn).isPresent()) {
                col.setStyle("-fx-alignment: CENTER-RIGHT;"); // figures line up on the decimal point
            }
            Label head = new Label(col.getText());
            head.setTooltip(new javafx.scene.control.Tooltip(col.getText())); // the full name when cut short
            col.setGraphic(head);
            col.setText(null);
            table.getColumns().add(col);
        }
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.clearSort();
            } else {
                TableColumn<Integer, ?> first = t.getSortOrder().get(0);
                vm.sort((String) first.getUserData(), first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<Integer> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    CustomerProfileView.show(root, vm.result(), row.getItem(), texts, format, labels, runner, history);
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                CustomerProfileView.show(root, vm.result(), table.getSelectionModel().getSelectedItem(), texts, format,
                        labels, runner, history);
            }
        });
        search.textProperty().addListener((o, a, b) -> {
            vm.search(b);
            updateCount.run();
        });
        updateCount.run();
        root.setCenter(table);
    }

    public Node node() {
        return root;
    }

    public MembersViewModel viewModel() {
        return vm;
    }

    private static String header(String key, ViewTexts texts, FeatureLabels labels) {
        return switch (key) {
            case MembersViewModel.CUSTOMER_ID -> texts.get("members.col.customer_id");
            case MembersViewModel.SEGMENT -> texts.get("members.col.segment");
            case MembersViewModel.TIER -> texts.get("members.col.tier");
            default -> labels.apply(key);
        };
    }

    private String cell(String key, int row, CustomerFrame frame, CellFormat format) {
        return switch (key) {
            case MembersViewModel.CUSTOMER_ID -> frame.customerId(row);
            case MembersViewModel.SEGMENT -> vm.segmentName();
            case MembersViewModel.TIER -> {
                int t = vm.result().tierOfRow()[row];
                yield t < 0 ? "" : vm.result().tierNames().get(t);
            }
            default -> {
                Column c = frame.column(key);
                yield format.cell(c, row);
            }
        };
    }
}
