package com.stratum.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window of the workbench. */
public class StratumApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(StratumApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Stratum");
        stage.setScene(new Scene(new Label("Stratum"), 1200, 760));
        stage.show();
    }
}
