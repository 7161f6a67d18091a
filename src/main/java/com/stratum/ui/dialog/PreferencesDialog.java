package com.stratum.ui.dialog;

import com.stratum.ui.i18n.Language;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.prefs.UserPreferences;
import com.stratum.ui.shell.MainWindow;
import com.stratum.ui.theme.AppTheme;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Language, theme, the number of recent workspaces and the default analysis settings. */
public final class PreferencesDialog extends Dialog<ButtonType> {

    public PreferencesDialog(Window owner, Localization i18n, PreferencesViewModel vm) {
        initOwner(owner);
        DialogStyle.apply(this, i18n.get("prefs.title"));
        getDialogPane().setId("preferences-dialog");
        ButtonType ok = Buttons.ok(i18n);
        getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(i18n));

        ComboBox<Language> language = combo(Language.values(), l -> i18n.get(MainWindow.languageKey(l)));
        language.setId("prefs-language");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<AppTheme> theme = combo(AppTheme.values(),
                t -> i18n.get(t == AppTheme.LIGHT ? "theme.light" : "theme.dark"));
        theme.setId("prefs-theme");
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        Spinner<Integer> recent = new Spinner<>(1, UserPreferences.MAX_RECENT_LIMIT, vm.recentLimitProperty().get());
        recent.setId("prefs-recent");
        recent.setEditable(true);
        recent.valueProperty().addListener((obs, o, n) -> vm.recentLimitProperty().set(n));

        GridPane general = grid();
        general.addRow(0, new Label(i18n.get("prefs.language")), language);
        general.addRow(1, new Label(i18n.get("prefs.theme")), theme);
        general.addRow(2, new Label(i18n.get("prefs.recentLimit")), recent);
        Label note = new Label(i18n.get("prefs.languageNote"));
        note.getStyleClass().add("text-muted");
        general.add(note, 0, 3, 2, 1);

        Tab generalTab = new Tab(i18n.get("prefs.tab.general"), general);
        Tab analysisTab = new Tab(i18n.get("prefs.tab.analysis"), analysis(i18n, vm));
        analysisTab.setId("prefs-tab-analysis");
        TabPane tabs = new TabPane(generalTab, analysisTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(720);
        getDialogPane().setContent(tabs);
        getDialogPane().lookupButton(ok).disableProperty().bind(vm.problemProperty().isNotEmpty());
        setResultConverter(b -> b);
        resultProperty().addListener((obs, o, n) -> {
            if (n != ok) {
                setResult(null);
            }
        });
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        return grid;
    }

    /** Home country, online channels, daypart starts and the city tier table. */
    private static Region analysis(Localization i18n, PreferencesViewModel vm) {
        GridPane grid = grid();
        TextField country = new TextField();
        country.setId("prefs-home-country");
        country.setPromptText(i18n.get("prefs.analysis.homeCountryPrompt"));
        country.setTooltip(new Tooltip(i18n.get("prefs.analysis.homeCountryTip")));
        country.textProperty().bindBidirectional(vm.homeCountryProperty());
        grid.addRow(0, label(i18n.get("prefs.analysis.homeCountry")), country);

        HBox parts = new HBox(12);
        parts.setAlignment(Pos.CENTER_LEFT);
        String[] keys = {"prefs.analysis.morning", "prefs.analysis.afternoon", "prefs.analysis.evening",
                "prefs.analysis.night"};
        for (int p = 0; p < 4; p++) {
            Spinner<Integer> hour = new Spinner<>(0, 23, vm.daypartStartProperty(p).get());
            hour.setId("prefs-daypart-" + p);
            hour.setPrefWidth(84);
            hour.setMinWidth(84);
            hour.setEditable(true);
            int part = p;
            hour.valueProperty().addListener((obs, o, n) -> vm.daypartStartProperty(part).set(n));
            vm.daypartStartProperty(p).addListener((obs, o, n) -> hour.getValueFactory().setValue(n.intValue()));
            parts.getChildren().add(new VBox(2, label(i18n.get(keys[p])), hour));
        }
        Label partsLabel = label(i18n.get("prefs.analysis.dayparts"));
        partsLabel.setTooltip(new Tooltip(i18n.get("prefs.analysis.daypartsTip")));
        grid.addRow(1, partsLabel, parts);

        TextArea channels = new TextArea();
        channels.setId("prefs-online-channels");
        channels.setPrefRowCount(5);
        channels.setWrapText(true);
        channels.setTooltip(new Tooltip(i18n.get("prefs.analysis.onlineChannelsTip")));
        channels.textProperty().bindBidirectional(vm.onlineChannelsProperty());
        Label channelsLabel = label(i18n.get("prefs.analysis.onlineChannels"));
        GridPane.setValignment(channelsLabel, VPos.TOP);
        grid.addRow(2, channelsLabel, channels);

        TextArea tiers = new TextArea();
        tiers.setId("prefs-city-tiers");
        tiers.setPrefRowCount(7);
        tiers.setTooltip(new Tooltip(i18n.get("prefs.analysis.cityTiersTip")));
        tiers.textProperty().bindBidirectional(vm.cityTiersProperty());
        Label tiersLabel = label(i18n.get("prefs.analysis.cityTiers"));
        GridPane.setValignment(tiersLabel, VPos.TOP);
        grid.addRow(3, tiersLabel, tiers);
        GridPane.setHgrow(tiers, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("prefs-analysis-problem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(vm.problemProperty());
        Button reset = new Button(i18n.get("prefs.analysis.reset"));
        reset.setId("prefs-analysis-reset");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setOnAction(e -> vm.resetAnalysis());
        Label note = new Label(i18n.get("prefs.analysis.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        grid.add(problem, 1, 4);
        grid.add(new HBox(12, reset, note), 0, 5, 2, 1);
        return grid;
    }

    /** A form label that keeps its whole text (the field beside it gives way instead). */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> ComboBox<T> combo(T[] values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return box;
    }
}
