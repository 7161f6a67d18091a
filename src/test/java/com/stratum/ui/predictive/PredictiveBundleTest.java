package com.stratum.ui.predictive;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The predictive bundle: every key the section names exists, and every key is used (keys are whole literals). */
class PredictiveBundleTest {

    private static final Path SOURCES = Path.of("src/main/java/com/stratum/ui/predictive");
    private static final Pattern KEY = Pattern.compile("\"(predictive\\.[A-Za-z0-9_.]+)\"");

    @Test
    void keysInCodeAndBundleMatch() throws IOException {
        Properties en = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/com/stratum/i18n/predictive.properties"),
                StandardCharsets.UTF_8)) {
            en.load(r);
        }
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(en.stringPropertyNames());
        assertThat(missing).as("keys named in com.stratum.ui.predictive but missing from predictive.properties").isEmpty();
        Set<String> unused = new TreeSet<>(en.stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys in predictive.properties no code uses").isEmpty();
    }
}
