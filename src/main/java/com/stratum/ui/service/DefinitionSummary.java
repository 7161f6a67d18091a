package com.stratum.ui.service;

/** A segmentation definition the Segments view lists; {@code builtIn} ones come with Stratum. */
public record DefinitionSummary(String name, int version, String family, boolean builtIn, String description) {
}
