package com.stratum.ui.charts;

import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A chart in a card: its title, a small toolbar (export PNG, copy) and the same actions in a
 * context menu. Follows the window's light/dark theme (the {@code :dark} pseudo-class on the
 * scene root) and tells the chart so JFreeChart charts can repaint their texts.
 */
public final class ChartPane extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(ChartPane.class);
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    /**
     * A node property (on any ancestor, e.g. the Results view) naming what the charts show, such as
     * the definition's name; it leads the file name suggested for a PNG.
     */
    public static final String FILE_CONTEXT = "chart-file-context";

    /** The folder of the last PNG saved in this session, where the next save dialog opens. */
    private static File lastFolder;

    private final Node chart;
    private final ViewTexts texts;
    private final String fileStem;
    private final String title;
    private final HBox tools;
    private Consumer<Boolean> onThemeChange = dark -> { };
    private Consumer<String> onError = msg -> LOG.warn("Chart export failed: {}", msg);

    public ChartPane(String title, Node chart, ViewTexts texts, String fileStem) {
        this.chart = chart;
        this.texts = texts;
        this.fileStem = fileStem;
        this.title = title;
        getStyleClass().add("chart-card");
        setPadding(new Insets(8));
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-card-title");
        // a long title ("Holdout: expected vs actual by ...") wraps instead of ending in "..."
        heading.setWrapText(true);
        heading.setMinWidth(0);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button png = iconButton(new FontIcon(Material2AL.IMAGE), texts.get("chart.exportPng"), this::exportPng);
        png.setId("export-png-" + fileStem);
        Button copy = iconButton(new FontIcon(Material2AL.CONTENT_COPY), texts.get("chart.copy"), this::copy);
        tools = new HBox(4, png, copy);
        HBox bar = new HBox(4, heading, spacer, tools);
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(chart);
        MenuItem miPng = new MenuItem(texts.get("chart.exportPng"), new FontIcon(Material2AL.IMAGE));
        miPng.setOnAction(e -> exportPng());
        MenuItem miCopy = new MenuItem(texts.get("chart.copy"), new FontIcon(Material2AL.CONTENT_COPY));
        miCopy.setOnAction(e -> copy());
        ContextMenu menu = new ContextMenu(miPng, miCopy);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        if (chart instanceof org.jfree.chart.fx.ChartViewer viewer) {
            onThemeChange = dark -> JFreeStyle.apply(viewer.getChart(), dark);
        }
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watchTheme(scene.getRoot());
            }
        });
    }

    private static Button iconButton(FontIcon icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void watchTheme(Parent root) {
        if (root == null) {
            return;
        }
        onThemeChange.accept(root.getPseudoClassStates().contains(DARK));
        root.getPseudoClassStates().addListener((SetChangeListener<PseudoClass>) c ->
                onThemeChange.accept(root.getPseudoClassStates().contains(DARK)));
    }

    /** Called with {@code true} for the dark theme, now (if shown) and on every change. */
    public ChartPane onThemeChange(Consumer<Boolean> listener) {
        this.onThemeChange = listener;
        if (getScene() != null && getScene().getRoot() != null) {
            listener.accept(getScene().getRoot().getPseudoClassStates().contains(DARK));
        }
        return this;
    }

    public ChartPane onError(Consumer<String> handler) {
        this.onError = handler;
        return this;
    }

    public Node chart() {
        return chart;
    }

    /** The card's own background (theme colour) so a picture looks like the screen. */
    public Color background() {
        Background bg = getBackground();
        if (bg != null && !bg.getFills().isEmpty()) {
            Paint p = bg.getFills().get(0).getFill();
            if (p instanceof Color c && c.getOpacity() > 0) {
                return c;
            }
        }
        boolean dark = getScene() != null && getScene().getRoot() != null
                && getScene().getRoot().getPseudoClassStates().contains(DARK);
        return dark ? Color.web("#0d1117") : Color.WHITE;
    }

    public void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("chart.exportPng"));
        chooser.setInitialDirectory(initialFolder());
        chooser.setInitialFileName(suggestedName(context(), title, fileStem));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("chart.pngFiles"), "*.png"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            lastFolder = file.getAbsoluteFile().getParentFile();
            try {
                writePng(file.toPath());
            } catch (IOException e) {
                onError.accept(texts.get("chart.exportFailed", file.getName(), e.getMessage()));
            }
        }
    }

    /** The card as a picture: title and chart, without the card's own export and copy buttons. */
    public void writePng(java.nio.file.Path file) throws IOException {
        tools.setVisible(false);
        try {
            ChartExport.writePng(this, background(), file);
        } finally {
            tools.setVisible(true);
        }
    }

    public void copy() {
        tools.setVisible(false);
        try {
            ChartExport.copyToClipboard(this, background());
        } finally {
            tools.setVisible(true);
        }
    }

    private String context() {
        for (Node n = this; n != null; n = n.getParent()) {
            Object c = n.getProperties().get(FILE_CONTEXT);
            if (c != null) {
                return c.toString();
            }
        }
        return null;
    }

    /** The last export folder, else the user's Documents folder, else home. */
    static File initialFolder() {
        if (lastFolder != null && lastFolder.isDirectory()) {
            return lastFolder;
        }
        File home = new File(System.getProperty("user.home"));
        File documents = new File(home, "Documents");
        return documents.isDirectory() ? documents : home;
    }

    /** "definition - chart title.png", without characters file systems refuse. */
    static String suggestedName(String context, String title, String fileStem) {
        String name = title == null || title.isBlank() ? fileStem : title.strip();
        if (context != null && !context.isBlank()) {
            name = context.strip() + " - " + name;
        }
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.length() > 120) {
            name = name.substring(0, 120).strip();
        }
        return name + ".png";
    }
}
