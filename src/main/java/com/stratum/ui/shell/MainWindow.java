package com.stratum.ui.shell;

import com.stratum.ui.AppContext;
import com.stratum.ui.dialog.AboutDialog;
import com.stratum.ui.dialog.PreferencesDialog;
import com.stratum.ui.dialog.PreferencesViewModel;
import com.stratum.ui.dialog.ShortcutsDialog;
import com.stratum.ui.i18n.Language;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.theme.AppTheme;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The main window's content: menu bar, left navigation, the current section and the status bar.
 * Built anew when the language changes (the view models survive, so nothing the user did is lost).
 */
public final class MainWindow {

    private final AppContext ctx;
    private final SectionRegistry registry;
    private final MainViewModel vm;
    private final Stage stage;
    private final Localization i18n;
    private final Map<Section, SectionView> views = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private ChangeListener<Section> sectionListener;
    private TourOverlay tour;

    public MainWindow(AppContext ctx, SectionRegistry registry, Stage stage) {
        this.ctx = ctx;
        this.registry = registry;
        this.vm = new MainViewModel(ctx, registry);
        this.stage = stage;
        this.i18n = ctx.i18n();
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** Builds the window content; call {@link #dispose()} on the old one before building a new one. */
    public Parent build() {
        BorderPane root = new BorderPane();
        root.setId("main-layout");
        root.setTop(menuBar());
        root.setLeft(navigation());
        content.getStyleClass().add("section-host");
        content.setId("section-host");
        root.setCenter(content);
        root.setBottom(new StatusBar(ctx).node());
        installDragAndDrop(root);

        sectionListener = (obs, old, now) -> showSection(now);
        ctx.navigation().currentProperty().addListener(sectionListener);
        showSection(ctx.navigation().current());
        tour = new TourOverlay(i18n, ctx.navigation()::show, () -> ctx.prefs().tourSeenProperty().set(true));
        StackPane window = new StackPane(root, tour.node()); // the tour card floats over the layout
        window.setId("main-window");
        window.getStyleClass().add("main-window");
        return window;
    }

    /** Starts the getting-started tour (first launch, or Help > Getting started). */
    public void showTour() {
        tour.start();
    }

    public boolean isTourShowing() {
        return tour != null && tour.isShowing();
    }

    /** Stops listening to the shared state (the window content is being replaced). */
    public void dispose() {
        if (sectionListener != null) {
            ctx.navigation().currentProperty().removeListener(sectionListener);
        }
    }

    private void showSection(Section section) {
        SectionView view = views.computeIfAbsent(section, s -> registry.createView(s, ctx));
        content.getChildren().setAll(view.node());
        for (Toggle t : navGroup.getToggles()) {
            if (t.getUserData() == section) {
                navGroup.selectToggle(t);
            }
        }
        view.onShown();
        LayoutMemory.remember(section.nodeId(), view.node(), ctx.prefs().dividers());
    }

    private Region navigation() {
        VBox nav = new VBox(2);
        nav.getStyleClass().add("nav-bar");
        nav.setId("nav-bar");
        Label brand = new Label(i18n.get("app.name"));
        brand.getStyleClass().add("nav-brand");
        nav.getChildren().add(brand);
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(i18n.get(s.textKey()), new FontIcon(s.icon()));
            b.setId(s.nodeId());
            b.setUserData(s);
            b.setToggleGroup(navGroup);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setTooltip(new Tooltip(i18n.get("nav.tooltip", i18n.get(s.textKey()),
                    Shortcuts.section(s).getDisplayText())));
            b.setOnAction(e -> ctx.navigation().show(s));
            nav.getChildren().add(b);
        }
        // A selected section stays selected when its button is clicked again.
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                navGroup.selectToggle(old);
            }
        });
        VBox.setVgrow(nav, Priority.ALWAYS);
        return nav;
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), helpMenu());
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        MenuItem newWs = item("menu.file.new", Shortcuts.NEW_WORKSPACE, vm::newWorkspace);
        MenuItem newEncrypted = item("menu.file.newEncrypted", null, vm::newEncryptedWorkspace);
        MenuItem open = item("menu.file.open", Shortcuts.OPEN_WORKSPACE, vm::openWorkspace);
        Menu recent = new Menu(i18n.get("menu.file.recent"));
        recent.setId("menu-file-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : ctx.prefs().recentWorkspaces()) {
                MenuItem mi = new MenuItem(i18n.get("menu.file.recent.item", p.getFileName(), p.getParent()));
                mi.setMnemonicParsing(false);
                mi.setOnAction(e -> vm.openExisting(p));
                recent.getItems().add(mi);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(i18n.get("menu.file.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        ctx.prefs().recentWorkspaces().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem imp = item("menu.file.import", Shortcuts.IMPORT, vm::importFile);
        imp.disableProperty().bind(ctx.session().workspaceProperty().isNull());
        MenuItem exp = item("menu.file.export", Shortcuts.EXPORT, vm::export);
        exp.disableProperty().bind(ctx.session().latestRunProperty().isNull());
        MenuItem quit = item("menu.file.quit", Shortcuts.QUIT, () -> {
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            if (stage.isShowing()) {
                stage.close();
            }
        });
        Menu file = new Menu(i18n.get("menu.file"), null, newWs, newEncrypted, open, recent, new SeparatorMenuItem(), imp, exp,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return file;
    }

    private Menu editMenu() {
        MenuItem undo = item("menu.edit.undo", Shortcuts.UNDO, vm::undo);
        undo.disableProperty().bind(ctx.jobs().canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", Shortcuts.REDO, vm::redo);
        redo.disableProperty().bind(ctx.jobs().canRedoProperty().not());
        ctx.jobs().revisionProperty().addListener((obs, o, n) -> {
            undo.setText(label("menu.edit.undo", "menu.edit.undoNamed", ctx.jobs().undoDescription()));
            redo.setText(label("menu.edit.redo", "menu.edit.redoNamed", ctx.jobs().redoDescription()));
        });
        MenuItem run = item("menu.edit.run", Shortcuts.RUN, vm::run);
        run.disableProperty().bind(ctx.session().workspaceProperty().isNull());
        MenuItem prefs = item("menu.edit.preferences", Shortcuts.PREFERENCES, this::showPreferences);
        Menu edit = new Menu(i18n.get("menu.edit"), null, run, new SeparatorMenuItem(), undo, redo,
                new SeparatorMenuItem(), prefs);
        edit.setId("menu-edit");
        return edit;
    }

    private String label(String plainKey, String namedKey, String description) {
        return description.isEmpty() ? i18n.get(plainKey) : i18n.get(namedKey, description);
    }

    private Menu viewMenu() {
        Menu theme = new Menu(i18n.get("menu.view.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (AppTheme t : AppTheme.values()) {
            RadioMenuItem mi = new RadioMenuItem(i18n.get(t == AppTheme.LIGHT ? "theme.light" : "theme.dark"));
            mi.setId("menu-theme-" + t.key());
            mi.setToggleGroup(themes);
            mi.setSelected(ctx.prefs().themeProperty().get() == t);
            mi.setOnAction(e -> vm.setTheme(t));
            theme.getItems().add(mi);
        }
        ctx.prefs().themeProperty().addListener((obs, o, n) -> themes.getToggles().forEach(
                tg -> ((RadioMenuItem) tg).setSelected(((RadioMenuItem) tg).getId().equals("menu-theme-" + n.key()))));
        MenuItem toggle = item("menu.view.toggleTheme", Shortcuts.TOGGLE_THEME, vm::toggleTheme);
        theme.getItems().addAll(new SeparatorMenuItem(), toggle);

        Menu language = new Menu(i18n.get("menu.view.language"));
        language.setId("menu-view-language");
        ToggleGroup langs = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem mi = new RadioMenuItem(i18n.get(languageKey(l)));
            mi.setId("menu-language-" + l.key());
            mi.setToggleGroup(langs);
            mi.setSelected(ctx.prefs().languageProperty().get() == l);
            // Switching rebuilds this menu, so run it after the menu has closed.
            mi.setOnAction(e -> Platform.runLater(() -> vm.setLanguage(l)));
            language.getItems().add(mi);
        }

        Menu sections = new Menu(i18n.get("menu.view.sections"));
        for (Section s : Section.values()) {
            sections.getItems().add(item(s.textKey(), Shortcuts.section(s), () -> ctx.navigation().show(s)));
        }
        Menu view = new Menu(i18n.get("menu.view"), null, sections, new SeparatorMenuItem(), theme, language);
        view.setId("menu-view");
        return view;
    }

    public static String languageKey(Language l) {
        return switch (l) {
            case SYSTEM -> "language.system";
            case ENGLISH -> "language.english";
            case CHINESE -> "language.chinese";
        };
    }

    private Menu helpMenu() {
        MenuItem keys = item("menu.help.shortcuts", Shortcuts.SHORTCUTS_HELP,
                () -> new ShortcutsDialog(stage, i18n).showAndWait());
        MenuItem tourItem = item("menu.help.tour", null, this::showTour);
        MenuItem about = item("menu.help.about", null, () -> new AboutDialog(stage, i18n).showAndWait());
        Menu help = new Menu(i18n.get("menu.help"), null, tourItem, keys, new SeparatorMenuItem(), about);
        help.setId("menu-help");
        return help;
    }

    private void showPreferences() {
        PreferencesViewModel pvm = new PreferencesViewModel(ctx.prefs(), i18n);
        new PreferencesDialog(stage, i18n, pvm).showAndWait().ifPresent(ok -> pvm.apply());
    }

    private MenuItem item(String key, KeyCombination keys, Runnable action) {
        MenuItem mi = new MenuItem(i18n.get(key));
        mi.setId("menu-" + key.replace('.', '-'));
        if (keys != null) {
            mi.setAccelerator(keys);
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private void installDragAndDrop(BorderPane root) {
        root.setOnDragOver(e -> {
            Dragboard db = e.getDragboard();
            if (db.hasFiles() && ctx.session().workspace() != null
                    && db.getFiles().stream().map(File::toPath).anyMatch(MainViewModel::isImportable)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles();
            if (ok) {
                List<Path> files = db.getFiles().stream().map(File::toPath).toList();
                Platform.runLater(() -> vm.importDropped(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
