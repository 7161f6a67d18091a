package com.stratum.ui.shell;

import com.stratum.ui.i18n.Localization;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a section shows until its view is built: its name and a short note. */
final class PlaceholderView implements SectionView {

    private final VBox root;

    PlaceholderView(Section section, Localization i18n) {
        FontIcon icon = new FontIcon(section.icon());
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(i18n.get(section.textKey()));
        title.getStyleClass().add("title-2");
        Label note = new Label(i18n.get("placeholder.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        root = new VBox(12, icon, title, note);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("placeholder");
        root.setId("placeholder-" + section.nodeId());
    }

    @Override
    public Node node() {
        return root;
    }
}
