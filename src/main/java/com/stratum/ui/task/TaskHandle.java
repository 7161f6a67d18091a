package com.stratum.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A started task as the status bar sees it: title, progress (-1 = indeterminate), message, cancel. */
public interface TaskHandle {

    ReadOnlyStringProperty titleProperty();

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    boolean isDone();

    void cancel();

    boolean isCancelled();
}
