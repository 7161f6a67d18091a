package com.stratum.ui.shell;

import com.stratum.ui.AppContext;
import com.stratum.ui.task.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.text.NumberFormat;

/** Workspace name, customer and row counts, and the running task with its progress and a cancel button. */
final class StatusBar {

    private final HBox root;

    StatusBar(AppContext ctx) {
        var i18n = ctx.i18n();
        var session = ctx.session();
        NumberFormat nf = NumberFormat.getIntegerInstance(i18n.locale());

        Label workspace = new Label();
        workspace.setId("status-workspace");
        workspace.setGraphic(new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        workspace.textProperty().bind(Bindings.createStringBinding(
                () -> !session.nameProperty().get().isEmpty() ? session.nameProperty().get()
                        : session.busyProperty().get() ? i18n.get("status.opening") : i18n.get("status.noWorkspace"),
                session.nameProperty(), session.busyProperty()));

        Tooltip where = new Tooltip();
        where.textProperty().bind(Bindings.createStringBinding(() -> session.workspace() == null
                ? i18n.get("status.noWorkspace") : i18n.get("status.workspaceTip", session.workspace().folder()),
                session.workspaceProperty()));
        workspace.setTooltip(where);

        Label customers = new Label();
        customers.setId("status-customers");
        customers.setTooltip(new Tooltip(i18n.get("status.customersTip")));
        customers.textProperty().bind(Bindings.createStringBinding(() -> session.customersProperty().get() < 0 ? ""
                : i18n.get("status.customers", nf.format(session.customersProperty().get())), session.customersProperty()));
        Label rows = new Label();
        rows.setId("status-rows");
        rows.setTooltip(new Tooltip(i18n.get("status.rowsTip")));
        rows.textProperty().bind(Bindings.createStringBinding(() -> session.rowsProperty().get() < 0 ? ""
                : i18n.get("status.rows", nf.format(session.rowsProperty().get())), session.rowsProperty()));

        Label taskLabel = new Label();
        taskLabel.setId("status-task");
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(160);
        Button cancel = new Button(null, new FontIcon(Material2OutlinedMZ.STOP_CIRCLE));
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setTooltip(new Tooltip(i18n.get("status.cancelTask")));
        HBox taskBox = new HBox(8, taskLabel, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_RIGHT);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(12, workspace, new Separator(Orientation.VERTICAL), customers, rows, spacer, taskBox);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        root.setId("status-bar");

        Runnable follow = () -> {
            var running = ctx.tasks().runningTasks();
            // Show the newest task that reports a title; counting tasks stay quiet.
            TaskHandle shown = running.isEmpty() ? null : running.get(running.size() - 1);
            taskBox.setVisible(shown != null);
            taskBox.setManaged(shown != null);
            taskLabel.textProperty().unbind();
            progress.progressProperty().unbind();
            if (shown != null) {
                taskLabel.textProperty().bind(Bindings.createStringBinding(
                        () -> shown.messageProperty().get() == null || shown.messageProperty().get().isEmpty()
                                ? shown.titleProperty().get() : shown.messageProperty().get(),
                        shown.messageProperty(), shown.titleProperty()));
                progress.progressProperty().bind(shown.progressProperty());
                cancel.setOnAction(e -> shown.cancel());
            }
        };
        ctx.tasks().runningTasks().addListener((ListChangeListener<TaskHandle>) c -> follow.run());
        follow.run();
    }

    HBox node() {
        return root;
    }
}
