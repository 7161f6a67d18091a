package com.stratum.ui.i18n;

import com.stratum.workspace.ColumnRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's bundles cannot drift (in the spirit of JabRef's LocalizationConsistencyTest, plus
 * the per-locale check it lacks): both locales have the same keys, no key is defined twice, every
 * key the code names exists, and no key sits unused. Each bundle is checked against the sources
 * that use it: {@code ui} against all of {@code com.stratum.ui}, {@code importwizard} against the
 * wizard's package. Keys are named in code as whole string literals; the only keys built at run
 * time are {@code role.<ColumnRole key>}.
 */
class UiBundleConsistencyTest {

    static final Path BUNDLES = Path.of("src/main/resources/com/stratum/i18n");
    static final Path UI_SOURCES = Path.of("src/main/java/com/stratum/ui");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");

    /**
     * A bundle of the window, the sources whose literals name its keys (minus the excluded packages,
     * which use a bundle of their own), and the key prefixes the code composes at run time.
     */
    record Bundle(String name, List<Path> sourceRoots, List<Path> excluded, List<String> dynamicPrefixes) {
        Bundle(String name, Path sources) {
            this(name, List.of(sources), List.of(), List.of());
        }

        String sources() {
            return sourceRoots.toString();
        }

        String english() {
            return name + ".properties";
        }

        String chinese() {
            return name + "_zh_CN.properties";
        }
    }

    /** The analysis views (charts, results, builder, what-if, history) have their own {@code views} bundle. */
    static final List<Path> VIEWS_SOURCES = List.of(UI_SOURCES.resolve("charts"), UI_SOURCES.resolve("results"),
            UI_SOURCES.resolve("builder"), UI_SOURCES.resolve("whatif"), UI_SOURCES.resolve("history"));

    static final List<Bundle> WINDOW_BUNDLES = List.of(
            new Bundle("ui", List.of(UI_SOURCES), VIEWS_SOURCES, List.of()),
            new Bundle("importwizard", UI_SOURCES.resolve("importwizard")),
            // feature names, operators, template titles and method names are looked up by enum or
            // column key; chart texts are prefix + .title/.x/.y; derived levels are level.<feature>.<level>
            new Bundle("views", VIEWS_SOURCES, List.of(), List.of("feature.", "op.", "template.", "rfm.method.",
                    "tiers.method.", "tiers.scope.", "chart.", "level.")));

    @Test
    void bothLocalesHaveTheSameKeys() throws IOException {
        for (Bundle b : WINDOW_BUNDLES) {
            Set<String> en = keys(b.english()).keySet();
            Set<String> zh = keys(b.chinese()).keySet();
            assertThat(difference(en, zh)).as("keys missing from " + b.chinese()).isEmpty();
            assertThat(difference(zh, en)).as("keys missing from " + b.english()).isEmpty();
        }
    }

    /** Every area's bundle (ui, views, predictive, templates, errors ...): same keys in both locales, none blank. */
    @Test
    void everyBundleIsCompleteInBothLocales() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith("_zh_CN.properties")).toList()) {
                String zhFile = f.getFileName().toString();
                String enFile = zhFile.replace("_zh_CN", "");
                Map<String, String> en = keys(enFile);
                Map<String, String> zh = keys(zhFile);
                assertThat(difference(en.keySet(), zh.keySet())).as("keys missing from " + zhFile).isEmpty();
                assertThat(difference(zh.keySet(), en.keySet())).as("keys missing from " + enFile).isEmpty();
                en.forEach((k, v) -> assertThat(v).as(enFile + " " + k).isNotBlank());
                zh.forEach((k, v) -> assertThat(v).as(zhFile + " " + k).isNotBlank());
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (Bundle b : WINDOW_BUNDLES) {
            for (String file : List.of(b.english(), b.chinese())) {
                List<String> seen = new ArrayList<>();
                Set<String> dup = new TreeSet<>();
                for (String k : keyLines(file)) {
                    if (seen.contains(k)) {
                        dup.add(k);
                    }
                    seen.add(k);
                }
                assertThat(dup).as("duplicate keys in " + file).isEmpty();
            }
        }
    }

    @Test
    void noValueIsBlank() throws IOException {
        for (Bundle b : WINDOW_BUNDLES) {
            for (String file : List.of(b.english(), b.chinese())) {
                keys(file).forEach((k, v) -> assertThat(v).as(file + " " + k).isNotBlank());
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        for (Bundle b : WINDOW_BUNDLES) {
            Set<String> bundle = keys(b.english()).keySet();
            Set<String> prefixes = new HashSet<>();
            bundle.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
            Set<String> missing = new TreeSet<>();
            for (String literal : literalsIn(b)) {
                if (KEY_LIKE.matcher(literal).matches()
                        && prefixes.contains(literal.substring(0, literal.indexOf('.')))
                        && !bundle.contains(literal) && !literal.endsWith(".")) {
                    missing.add(literal);
                }
            }
            assertThat(missing).as("keys named in " + b.sources() + " but missing from " + b.english()).isEmpty();
        }
    }

    @Test
    void noKeyIsUnused() throws IOException {
        for (Bundle b : WINDOW_BUNDLES) {
            Set<String> used = new HashSet<>(literalsIn(b));
            for (ColumnRole r : ColumnRole.values()) {
                used.add("role." + r.key()); // built at run time from the column's role
            }
            Set<String> unused = new TreeSet<>(difference(keys(b.english()).keySet(), used));
            unused.removeIf(k -> b.dynamicPrefixes().stream().anyMatch(k::startsWith));
            assertThat(unused).as("keys in " + b.english() + " no code uses").isEmpty();
        }
    }

    /**
     * No key in two bundles, across every bundle of the product (ui, views, importwizard, predictive,
     * templates, errors ...): one text has one home, so the export texts live only in {@code ui}.
     */
    @Test
    void bundlesDoNotShareKeys() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.toString().endsWith("_zh_CN.properties")).sorted().toList()) {
                for (String k : keys(f.getFileName().toString()).keySet()) {
                    if (!seen.add(k)) {
                        shared.add(k + " (again in " + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(seen).contains("export.summary", "nav.export");
        assertThat(shared).as("keys defined in more than one bundle").isEmpty();
    }

    @Test
    void everyColumnRoleHasAName() throws IOException {
        Set<String> bundle = keys("ui.properties").keySet();
        for (ColumnRole r : ColumnRole.values()) {
            assertThat(bundle).contains("role." + r.key());
        }
    }

    static List<String> literalsIn(Bundle b) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : b.sourceRoots()) {
            out.addAll(literalsIn(root, b.excluded()));
        }
        return out;
    }

    static List<String> literalsIn(Path sources) throws IOException {
        return literalsIn(sources, List.of());
    }

    static List<String> literalsIn(Path sources, List<Path> excluded) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> excluded.stream().noneMatch(p::startsWith)).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** The keys in file order (duplicates kept), from the raw lines. */
    private static List<String> keyLines(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            int eq = t.indexOf('=');
            keys.add((eq < 0 ? t : t.substring(0, eq)).strip());
        }
        return keys;
    }

    private static Map<String, String> keys(String file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : new TreeSet<>(p.stringPropertyNames())) {
            m.put(k, p.getProperty(k));
        }
        return m;
    }
}
