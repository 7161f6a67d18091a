package com.stratum.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The sections of the left navigation, in order. Each has a bundle key for its name, an icon, a
 * node id for tests ({@code #nav-data}) and a shortcut digit (Ctrl+1 ...).
 */
public enum Section {
    DATA("nav.data", Material2OutlinedMZ.TABLE_VIEW),
    SEGMENTS("nav.segments", Material2OutlinedAL.CATEGORY),
    RESULTS("nav.results", Material2OutlinedAL.BAR_CHART),
    WHAT_IF("nav.whatIf", Material2OutlinedMZ.TUNE),
    PREDICTIVE("nav.predictive", Material2OutlinedAL.INSIGHTS),
    HISTORY("nav.history", Material2OutlinedAL.HISTORY),
    EXPORT("nav.export", Material2OutlinedAL.FILE_UPLOAD);

    private final String textKey;
    private final Ikon icon;

    Section(String textKey, Ikon icon) {
        this.textKey = textKey;
        this.icon = icon;
    }

    public String textKey() {
        return textKey;
    }

    public Ikon icon() {
        return icon;
    }

    /** The navigation button's node id, e.g. {@code nav-whatif}. */
    public String nodeId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
