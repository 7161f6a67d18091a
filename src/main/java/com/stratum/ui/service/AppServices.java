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

    public static AppServices standard() {
        return StandardServices.create();
    }
}
