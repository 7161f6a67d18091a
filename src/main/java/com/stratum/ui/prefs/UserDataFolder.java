package com.stratum.ui.prefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Stratum keeps the user's preferences, logs and the sample workspace. The system property
 * {@code stratum.home} overrides it (tests point it at a temporary folder so they never touch
 * the real home); otherwise the platform's usual place.
 */
public final class UserDataFolder {

    public static final String PROPERTY = "stratum.home";

    private UserDataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperties().getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Stratum");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Stratum");
        }
        return Path.of(userHome, ".stratum");
    }
}
