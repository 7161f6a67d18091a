package com.stratum.ui.service;

import java.util.Objects;

/**
 * The lower layers as the window uses them. {@link #standard} wires the real workspace, imports and
 * engine; tests pass their own. Exports go through {@code com.stratum.ui.export.ExportViewModel}.
 */
public record AppServices(DatasetCatalog catalog, DatasetImporter importer, Segmentation segmentation) {

    public AppServices {
        Objects.requireNonNull(catalog);
        Objects.requireNonNull(importer);
        Objects.requireNonNull(segmentation);
    }

    /** The real lower layers; {@code i18n} gives segment names in the user's language. */
    public static AppServices standard(com.stratum.ui.i18n.Localization i18n) {
        return StandardServices.create(i18n);
    }
}
