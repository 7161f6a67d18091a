package com.stratum.ui.shell;

import com.stratum.ui.i18n.Localization;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * The first-launch tour: a small card over the bottom right of the window walking through Data,
 * Segments, Run and Results/Export, showing each section as it goes. Not modal (the window stays
 * usable behind it); closed with its close button or after the last step; Help reopens it.
 */
final class TourOverlay {

    /** One step: its bundle keys and the section it shows. */
    record Step(String titleKey, String textKey, Section section) {
    }

    static final List<Step> STEPS = List.of(
            new Step("tour.data.title", "tour.data.text", Section.DATA),
            new Step("tour.segments.title", "tour.segments.text", Section.SEGMENTS),
            new Step("tour.run.title", "tour.run.text", Section.SEGMENTS),
            new Step("tour.results.title", "tour.results.text", Section.RESULTS));

    private final Localization i18n;
    private final Consumer<Section> show;
    private final Runnable onClosed;
    private final IntegerProperty step = new SimpleIntegerProperty(-1);
    private final VBox card = new VBox(10);
    private final StackPane layer = new StackPane(card);

    TourOverlay(Localization i18n, Consumer<Section> show, Runnable onClosed) {
        this.i18n = i18n;
        this.show = show;
        this.onClosed = onClosed;
        layer.setPickOnBounds(false); // clicks outside the card reach the window
        layer.setVisible(false);
        layer.setId("tour-layer");
        StackPane.setAlignment(card, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(card, new Insets(0, 24, 48, 0));
        card.setId("tour-card");
        card.getStyleClass().add("tour-card");
        card.setMaxSize(380, Region.USE_PREF_SIZE);
        card.setPrefWidth(380);
        card.setPadding(new Insets(16));
        step.addListener((obs, o, n) -> render());
    }

    Region node() {
        return layer;
    }

    boolean isShowing() {
        return layer.isVisible();
    }

    void start() {
        step.set(-1);
        step.set(0);
        layer.setVisible(true);
    }

    void close() {
        boolean was = layer.isVisible();
        layer.setVisible(false);
        if (was) {
            onClosed.run();
        }
    }

    private void render() {
        int i = step.get();
        if (i < 0 || i >= STEPS.size()) {
            return;
        }
        Step s = STEPS.get(i);
        show.accept(s.section());
        Label counter = new Label(i18n.get("tour.step", i + 1, STEPS.size()));
        counter.getStyleClass().add("text-muted");
        Label title = new Label(i18n.get(s.titleKey()));
        title.getStyleClass().add("title-4");
        title.setId("tour-title");
        Label text = new Label(i18n.get(s.textKey()));
        text.setWrapText(true);
        text.setId("tour-text");

        Button back = new Button(i18n.get("tour.back"));
        back.setId("tour-back");
        back.setDisable(i == 0);
        back.setOnAction(e -> step.set(i - 1));
        boolean last = i == STEPS.size() - 1;
        Button next = new Button(i18n.get(last ? "tour.done" : "tour.next"));
        next.setId("tour-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> {
            if (last) {
                close();
            } else {
                step.set(i + 1);
            }
        });
        Button skip = new Button(i18n.get("tour.close"));
        skip.setId("tour-close");
        skip.getStyleClass().add("flat");
        skip.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, gap, back, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        card.getChildren().setAll(counter, title, text, buttons);
    }
}
