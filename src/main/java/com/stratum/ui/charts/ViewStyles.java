package com.stratum.ui.charts;

import javafx.scene.Parent;

import java.util.Objects;

/** Adds the views' stylesheet to a view's root (kept apart from the shell's stylesheet). */
public final class ViewStyles {

    public static final String STYLESHEET = "/com/stratum/ui/views.css";

    private ViewStyles() {
    }

    public static <T extends Parent> T apply(T root) {
        String css = Objects.requireNonNull(ViewStyles.class.getResource(STYLESHEET)).toExternalForm();
        if (!root.getStylesheets().contains(css)) {
            root.getStylesheets().add(css);
        }
        return root;
    }
}
