package com.stratum.ui.shell;

import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Remembers the split panes' divider positions of each section in the preferences (key
 * "section.n", n counting the section's split panes in layout order) and puts them back when the
 * section is built again, after a restart or a language switch. The views need not know.
 */
final class LayoutMemory {

    private static final String WATCHED = "stratum.layoutMemory";

    private LayoutMemory() {
    }

    /** Restores and then follows every split pane under {@code root} not yet followed. */
    static void remember(String sectionKey, Node root, ObservableMap<String, double[]> store) {
        int n = 0;
        for (Node node : root.lookupAll(".split-pane")) {
            if (!(node instanceof SplitPane split)) {
                continue;
            }
            String key = sectionKey + "." + n++;
            if (split.getProperties().containsKey(WATCHED)) {
                continue;
            }
            split.getProperties().put(WATCHED, key);
            double[] saved = store.get(key);
            if (saved != null && saved.length == split.getDividers().size() && valid(saved)) {
                split.setDividerPositions(saved);
            }
            for (SplitPane.Divider d : split.getDividers()) {
                d.positionProperty().addListener((obs, o, now) -> store.put(key, split.getDividerPositions()));
            }
        }
    }

    private static boolean valid(double[] positions) {
        for (double p : positions) {
            if (!(p > 0.02 && p < 0.98)) {
                return false;
            }
        }
        return true;
    }
}
