package com.stratum.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which section the window shows; view models call {@link #show} to move the user on (Run → Results). */
public final class Navigation {

    private final ObjectProperty<Section> current = new SimpleObjectProperty<>(Section.DATA);

    public ObjectProperty<Section> currentProperty() {
        return current;
    }

    public Section current() {
        return current.get();
    }

    public void show(Section section) {
        current.set(section);
    }
}
