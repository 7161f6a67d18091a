package com.stratum.ui.prefs;

import com.stratum.features.CityTierTable;
import com.stratum.features.Dayparts;
import com.stratum.features.FeatureSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The analysis settings a user chooses once in Preferences (home country, online channels, dayparts,
 * city tiers) and every feature build of the window starts from. {@link #current()} is what the
 * builds read; the app sets it from the preferences at start and on every change, so loaders deep in
 * the views need no preferences object handed down.
 *
 * @param homeCountry    empty = the most frequent customer country (the engine's rule)
 * @param onlineChannels channel values that count as online, in the user's order
 * @param cityTiers      city → tier level ({@link FeatureSettings#TIER_1} ...), in the user's order
 */
public record AnalysisDefaults(String homeCountry, List<String> onlineChannels, Dayparts dayparts,
                               Map<String, String> cityTiers) {

    public static final AnalysisDefaults STANDARD = new AnalysisDefaults("", FeatureSettings.DEFAULT_ONLINE_CHANNELS,
            Dayparts.DEFAULT, CityTierTable.defaults());

    private static final AtomicReference<AnalysisDefaults> CURRENT = new AtomicReference<>(STANDARD);

    public AnalysisDefaults {
        homeCountry = homeCountry == null ? "" : homeCountry.strip();
        onlineChannels = List.copyOf(onlineChannels);
        Objects.requireNonNull(dayparts, "dayparts");
        cityTiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cityTiers));
    }

    /** The settings of a feature build: the engine's defaults with the user's choices on top. */
    public FeatureSettings featureSettings() {
        return FeatureSettings.defaults()
                .withHomeCountry(homeCountry)
                .withOnlineChannels(new java.util.LinkedHashSet<>(onlineChannels))
                .withDayparts(dayparts)
                .withCityTiers(cityTiers);
    }

    /** The defaults every feature build in this window starts from. */
    public static AnalysisDefaults current() {
        return CURRENT.get();
    }

    /** Shorthand for {@code current().featureSettings()}. */
    public static FeatureSettings currentFeatureSettings() {
        return current().featureSettings();
    }

    public static void use(AnalysisDefaults defaults) {
        CURRENT.set(Objects.requireNonNull(defaults));
    }
}
