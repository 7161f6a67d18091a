package com.stratum.ui.prefs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.stratum.features.Dayparts;
import com.stratum.ui.i18n.Language;
import com.stratum.ui.theme.AppTheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code preferences.json} in the user data folder. A missing or unreadable file gives the
 * defaults (a damaged preferences file must never keep the app from starting); writes go to a
 * temporary file first and are moved into place, so a crash never leaves half a file.
 */
public final class PreferencesFile {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public PreferencesFile(Path dataFolder) {
        this.file = dataFolder.resolve("preferences.json");
    }

    public Path path() {
        return file;
    }

    public UserPreferences load() {
        UserPreferences prefs = new UserPreferences();
        if (!Files.isRegularFile(file)) {
            return prefs;
        }
        try {
            Stored s = JSON.readValue(file.toFile(), Stored.class);
            Language.fromKey(s.language).ifPresent(prefs.languageProperty()::set);
            AppTheme.fromKey(s.theme).ifPresent(prefs.themeProperty()::set);
            if (s.recentLimit > 0) {
                prefs.recentLimitProperty().set(Math.min(s.recentLimit, UserPreferences.MAX_RECENT_LIMIT));
            }
            List<Path> recent = new ArrayList<>();
            for (String r : s.recent == null ? List.<String>of() : s.recent) {
                recent.add(Path.of(r));
            }
            prefs.setRecent(recent);
            if (s.lastWorkspace != null) {
                prefs.setLastWorkspace(Path.of(s.lastWorkspace));
            }
            if (s.analysis != null) {
                prefs.analysisProperty().set(s.analysis.toDefaults());
            }
            if (s.dividers != null) {
                s.dividers.forEach((k, v) -> {
                    if (v != null && v.length > 0) {
                        prefs.dividers().put(k, v);
                    }
                });
            }
            prefs.tourSeenProperty().set(s.tourSeen);
            if (s.window != null && s.window.width > 100 && s.window.height > 100) {
                prefs.windowProperty().set(new WindowGeometry(orNaN(s.window.x), orNaN(s.window.y), s.window.width,
                        s.window.height, s.window.maximized));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable preferences {}: {}", file, e.getMessage());
        }
        return prefs;
    }

    public void save(UserPreferences prefs) throws IOException {
        Stored s = new Stored();
        s.language = prefs.languageProperty().get().key();
        s.theme = prefs.themeProperty().get().key();
        s.recentLimit = prefs.recentLimitProperty().get();
        s.recent = prefs.recentWorkspaces().stream().map(Path::toString).toList();
        s.lastWorkspace = prefs.lastWorkspace().map(Path::toString).orElse(null);
        s.analysis = StoredAnalysis.of(prefs.analysisProperty().get());
        s.dividers = new java.util.TreeMap<>(prefs.dividers());
        s.tourSeen = prefs.tourSeenProperty().get();
        WindowGeometry g = prefs.windowProperty().get();
        s.window = new StoredWindow();
        s.window.x = g.hasPosition() ? g.x() : null;
        s.window.y = g.hasPosition() ? g.y() : null;
        s.window.width = g.width();
        s.window.height = g.height();
        s.window.maximized = g.maximized();
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), s);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** The file's shape; public fields keep the JSON mapping obvious. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Stored {
        public String language;
        public String theme;
        public int recentLimit;
        public List<String> recent;
        public String lastWorkspace;
        public StoredWindow window;
        public StoredAnalysis analysis;
        public Map<String, double[]> dividers;
        public boolean tourSeen;
    }

    /** Absent fields keep the standard values, so a file from an older version still loads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class StoredAnalysis {
        public String homeCountry;
        public List<String> onlineChannels;
        /** Morning, afternoon, evening and night start hours. */
        public int[] dayparts;
        public LinkedHashMap<String, String> cityTiers;

        static StoredAnalysis of(AnalysisDefaults a) {
            StoredAnalysis s = new StoredAnalysis();
            s.homeCountry = a.homeCountry();
            s.onlineChannels = a.onlineChannels();
            Dayparts d = a.dayparts();
            s.dayparts = new int[] {d.morningStart(), d.afternoonStart(), d.eveningStart(), d.nightStart()};
            s.cityTiers = new LinkedHashMap<>(a.cityTiers());
            return s;
        }

        AnalysisDefaults toDefaults() {
            AnalysisDefaults std = AnalysisDefaults.STANDARD;
            Dayparts parts = std.dayparts();
            if (dayparts != null && dayparts.length == 4) {
                try {
                    parts = new Dayparts(dayparts[0], dayparts[1], dayparts[2], dayparts[3]);
                } catch (IllegalArgumentException e) {
                    LOG.warn("Ignoring stored dayparts: {}", e.getMessage());
                }
            }
            return new AnalysisDefaults(homeCountry == null ? std.homeCountry() : homeCountry,
                    onlineChannels == null ? std.onlineChannels() : onlineChannels, parts,
                    cityTiers == null ? std.cityTiers() : cityTiers);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class StoredWindow {
        public Double x;
        public Double y;
        public double width;
        public double height;
        public boolean maximized;
    }
}
