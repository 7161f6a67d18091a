package com.stratum.ui.shell;

/** A section view model that answers File > Export (e.g. Results exports the selected segment). */
public interface ExportCapable {

    void export();
}
