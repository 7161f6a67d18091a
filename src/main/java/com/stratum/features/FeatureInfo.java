package com.stratum.features;

import java.util.List;

/**
 * What one feature is: its stable key (used in definitions, exports and the UI's bundles), type,
 * family, an English description, and its fixed levels when it is a categorical feature whose
 * levels do not come from the data (e.g. daypart); empty otherwise.
 */
public record FeatureInfo(String key, FeatureType type, FeatureFamily family, String description,
                          List<String> fixedLevels) {

    public FeatureInfo {
        fixedLevels = List.copyOf(fixedLevels);
    }
}
