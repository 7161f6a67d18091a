package com.stratum.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

/** The keyboard shortcuts of the main window, in one list the Help dialog shows as it is. */
public final class Shortcuts {

    public static final KeyCombination NEW_WORKSPACE = KeyCombination.keyCombination("Shortcut+N");
    public static final KeyCombination OPEN_WORKSPACE = KeyCombination.keyCombination("Shortcut+O");
    public static final KeyCombination IMPORT = KeyCombination.keyCombination("Shortcut+I");
    public static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+E");
    public static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    public static final KeyCombination RUN = KeyCombination.keyCombination("Shortcut+R");
    public static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    public static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    public static final KeyCombination PREFERENCES = KeyCombination.keyCombination("Shortcut+Comma");
    public static final KeyCombination TOGGLE_THEME = KeyCombination.keyCombination("Shortcut+Shift+D");
    public static final KeyCombination SHORTCUTS_HELP = KeyCombination.keyCombination("F1");

    /** A shortcut and the bundle key of what it does. */
    public record Entry(String actionKey, KeyCombination keys) {
    }

    private Shortcuts() {
    }

    /** Ctrl+1 ... Ctrl+7 show the sections in navigation order. */
    public static KeyCombination section(Section s) {
        return KeyCombination.keyCombination("Shortcut+" + (s.ordinal() + 1));
    }

    public static List<Entry> all() {
        List<Entry> list = new java.util.ArrayList<>(List.of(
                new Entry("menu.file.new", NEW_WORKSPACE),
                new Entry("menu.file.open", OPEN_WORKSPACE),
                new Entry("menu.file.import", IMPORT),
                new Entry("menu.file.export", EXPORT),
                new Entry("menu.edit.run", RUN),
                new Entry("menu.edit.undo", UNDO),
                new Entry("menu.edit.redo", REDO),
                new Entry("menu.edit.preferences", PREFERENCES),
                new Entry("menu.view.toggleTheme", TOGGLE_THEME),
                new Entry("menu.help.shortcuts", SHORTCUTS_HELP),
                new Entry("menu.file.quit", QUIT)));
        // keys handled inside a view rather than by a menu
        list.add(new Entry("shortcuts.openProfile", new KeyCodeCombination(KeyCode.ENTER)));
        for (Section s : Section.values()) {
            list.add(new Entry(s.textKey(), section(s)));
        }
        return list;
    }
}
