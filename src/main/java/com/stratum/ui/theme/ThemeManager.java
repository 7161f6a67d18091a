package com.stratum.ui.theme;

import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

import java.util.Objects;

/**
 * Light / dark theme in AtlantaFX's way: the theme is the user-agent stylesheet, and the
 * {@code :dark} pseudo-class on the root lets our own stylesheet adjust the few things the
 * theme colour variables do not cover. Our stylesheet uses only the theme's colour variables.
 */
public final class ThemeManager {

    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    static final String APP_STYLESHEET = "/com/stratum/ui/stratum.css";
    static final String OPAQUE_POPUPS_STYLESHEET = "/com/stratum/ui/opaque-popups.css";

    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>(AppTheme.LIGHT);
    private Scene scene;

    public ThemeManager(AppTheme initial) {
        theme.set(Objects.requireNonNull(initial));
        theme.addListener((obs, old, now) -> apply());
    }

    public ObjectProperty<AppTheme> themeProperty() {
        return theme;
    }

    /** Styles {@code target} now and whenever the theme or the scene's root changes. */
    public void attach(Scene target) {
        this.scene = target;
        String css = Objects.requireNonNull(ThemeManager.class.getResource(APP_STYLESHEET)).toExternalForm();
        if (!target.getStylesheets().contains(css)) {
            target.getStylesheets().add(css);
        }
        if (!Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)) {
            // no compositor: a popup's shadow would show as a solid frame (white around dark menus)
            String opaque = Objects.requireNonNull(ThemeManager.class.getResource(OPAQUE_POPUPS_STYLESHEET))
                    .toExternalForm();
            if (!target.getStylesheets().contains(opaque)) {
                target.getStylesheets().add(opaque);
            }
        }
        target.rootProperty().addListener((obs, old, now) -> apply());
        apply();
    }

    private void apply() {
        AppTheme t = theme.get();
        Application.setUserAgentStylesheet(t.atlantaTheme().getUserAgentStylesheet());
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, t == AppTheme.DARK);
        }
    }
}
