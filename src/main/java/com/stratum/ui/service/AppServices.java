package com.stratum.ui.service;

import java.util.Objects;

/**
 * The lower layers as the window uses them. {@link #standard()} wires the real workspace,
 * imports, engine and exports; tests pass their own.
 */
public record AppServices(DatasetCatalog catalog, DatasetImporter importer, Segmentation segmentation,
                          MemberExporter exporter) {

    public AppServices {
        Objects.requireNonNull(catalog);
        Objects.requireNonNull(importer);
        Objects.requireNonNull(segmentation);
        Objects.requireNonNull(exporter);
    }

    /** The real lower layers; {@code i18n} gives segment names and export headers in the user's language. */
    public static AppServices standard(com.stratum.ui.i18n.Localization i18n) {
        return StandardServices.create(i18n);
    }
}
