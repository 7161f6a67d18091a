package com.stratum.ui.shell;

import javafx.scene.Node;

/**
 * The content of one section of the main window. A view is cheap and built from its view model
 * (which lives as long as the window); the shell rebuilds views when the language changes.
 */
public interface SectionView {

    Node node();

    /** Called each time the section is shown (e.g. to refresh from the workspace). */
    default void onShown() {
    }
}
