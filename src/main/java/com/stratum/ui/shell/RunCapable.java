package com.stratum.ui.shell;

/** A section view model that answers Edit > Run (the builder runs the definition it shows). */
public interface RunCapable {

    void runAndShow();
}
