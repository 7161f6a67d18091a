package com.stratum.logging;

import ch.qos.logback.core.PropertyDefinerBase;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells logback.xml where the user data folder is, so the log file lands beside the preferences and
 * the sample workspace: the {@code stratum.home} system property, else the platform's usual place
 * ({@code %APPDATA%\Stratum}, {@code ~/Library/Application Support/Stratum}, {@code ~/.stratum}).
 * The same rule as {@code com.stratum.ui.prefs.UserDataFolder}; a test keeps the two in step.
 */
public final class DataFolderDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return resolve(System.getProperty("stratum.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv("APPDATA")).toString();
    }

    static Path resolve(String override, String osName, String userHome, String appData) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && appData != null) {
            return Path.of(appData, "Stratum");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Stratum");
        }
        return Path.of(userHome, ".stratum");
    }
}
