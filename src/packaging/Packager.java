import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds the self-contained Stratum application with the JDK's own tools (jdeps, jlink, jpackage),
 * called by the Maven profile {@code package} after the shaded jar exists:
 *
 * <ol>
 *   <li>the shaded jar is copied without the commons-math3/-collections4/-lang3 classes nothing
 *       reaches ({@code --slim=false} copies it whole);</li>
 *   <li>jdeps lists the JDK modules the shaded jar uses; we add jdk.localedata (Chinese number and
 *       date formats; only the en and zh locales are kept) and jdk.charsets (GBK CSV files);</li>
 *   <li>jlink makes a trimmed runtime from exactly those modules, without debug info, headers, man
 *       pages or native commands, and (Linux) without the native libraries' symbol tables
 *       ({@code --cds=true} adds a CDS archive of the JDK classes: 11 MB for a slightly quicker start);</li>
 *   <li>jpackage makes the app image {@code target/dist/Stratum} (launcher {@code bin/Stratum});</li>
 *   <li>unless {@code --installer=false}: the native installer of this platform from that image
 *       (.deb on Linux, .msi on Windows, .dmg on macOS), with the .stratum file association.</li>
 * </ol>
 *
 * Options ({@code --name=value}): basedir, jar, version, installer (true), installer-type (deb, rpm,
 * msi, exe, dmg, pkg; default this platform's), slim (true), cds (false), installer-only (rebuild the installer
 * from the existing app image), jar-only (stop after the slimmed jar).
 *
 * It runs with the source launcher ({@code java src/packaging/Packager.java --basedir=...}), so the
 * build needs no plugin beyond exec-maven-plugin and works the same on every platform. The tools run
 * in-process through {@link ToolProvider}; no shell, no PATH lookup for the JDK tools.
 */
public final class Packager {

    static final String APP_NAME = "Stratum";
    static final String MAIN_CLASS = "com.stratum.Launcher";
    static final String VENDOR = "Stratum";
    static final String DESCRIPTION = "Customer segmentation and stratification workbench";
    /** Fixed forever: lets a newer .msi replace an older installation instead of installing beside it. */
    static final String WIN_UPGRADE_UUID = "5ea31046-bee0-414e-ba4e-1eb0a4ecad44";
    /** Modules jdeps cannot see because they are looked up by name at run time. */
    static final List<String> EXTRA_MODULES = List.of("jdk.localedata", "jdk.charsets");
    /**
     * Modules jdeps lists only for library features Stratum never calls (about 4 MB of runtime): H2's
     * Java-source functions and triggers (java.compiler, java.scripting) and its profiler agent
     * (java.instrument), POI's XML signatures (java.xml.crypto, java.security.jgss), JavaFX's JFR
     * events (jdk.jfr, only with -Djavafx.enableJFR). The launcher check and the import/export smoke
     * run through the packaged runtime (README "Packaging") guard this list.
     */
    static final Set<String> UNUSED_MODULES = Set.of("java.compiler", "java.scripting", "java.instrument",
            "java.xml.crypto", "java.security.jgss", "jdk.jfr");
    /**
     * Libraries of which the app reaches a small part, with no reflection inside the parts left out:
     * only the classes reachable from the rest of the jar are kept; see {@link JarSlimmer}. (Tablesaw,
     * fastutil and ICU are not in the shaded jar at all: pom.xml's shade excludes.)
     */
    static final List<String> PRUNED_PACKAGES = List.of("org/apache/commons/math3/",
            "org/apache/commons/collections4/", "org/apache/commons/lang3/", "org/apache/commons/codec/",
            "org/apache/commons/io/", "org/apache/commons/compress/", "it/unimi/dsi/fastutil/", "com/ibm/icu/");
    /**
     * H2 offers ICU4J collations when it finds com.ibm.icu.text.Collator (Class.forName, failure caught);
     * Stratum never sets one (and ships no ICU).
     */
    static final Set<String> NOT_ROOTS = Set.of("org/h2/value/CompareModeIcu4J");
    static final Set<String> NEVER_KEPT = Set.of("com/ibm/icu/text/Collator");
    /**
     * Resources no code path of Stratum loads: AtlantaFX's other six themes (AppTheme uses the two
     * Primer ones; a theme's stylesheet is loaded only by its own Theme object), the country
     * outlines of ControlsFX's WorldMapView (read only by that control, which Stratum does not use),
     * and commons-compress's Pack200 unpacker (POI reads and writes zip only; the compressor factory
     * names the Pack200 streams, so reachability alone keeps it).
     */
    static final List<Pattern> DROPPED_RESOURCES = List.of(
            Pattern.compile("atlantafx/base/theme/(nord-light|nord-dark|cupertino-light|cupertino-dark|dracula)\\.(css|bss)"),
            Pattern.compile("org/controlsfx/control/worldmap-[a-z]*\\.properties"),
            Pattern.compile("org/apache/commons/compress/harmony/.*"));
    /** Debian packages the .deb needs beyond what jpackage finds by itself (JavaFX natives are inside the jar). */
    static final String DEB_DEPENDS = "fonts-wqy-zenhei, libgtk-3-0 | libgtk-3-0t64";

    private final Map<String, String> opts;
    private final Path base;
    private final Path target;
    private final Path work;
    private final Path dist;
    private final Os os = Os.current();

    Packager(Map<String, String> opts) {
        this.opts = opts;
        this.base = Path.of(opts.getOrDefault("basedir", ".")).toAbsolutePath().normalize();
        this.target = base.resolve("target");
        this.work = target.resolve("jpackage");
        this.dist = target.resolve("dist");
    }

    public static void main(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                fail("Unknown argument " + a + " (expected --name=value)");
            }
            opts.put(a.substring(2, eq), a.substring(eq + 1));
        }
        try {
            new Packager(opts).run();
        } catch (IOException e) {
            fail("Packaging failed: " + e.getMessage());
        } catch (UncheckedIOException e) {
            fail("Packaging failed: " + e.getCause().getMessage());
        }
    }

    void run() throws IOException {
        long t0 = System.nanoTime();
        if (Boolean.parseBoolean(opts.getOrDefault("installer-only", "false"))) {
            // the installer again from the app image already built (quicker when working on the installer)
            Path appImage = dist.resolve(os == Os.MAC ? APP_NAME + ".app" : APP_NAME);
            if (!Files.isDirectory(appImage)) {
                fail("No app image at " + appImage + " to make the installer from: build it first.");
            }
            try (Stream<Path> files = Files.list(dist)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(f);
                }
            }
            Files.createDirectories(work);
            installer(appImage);
            return;
        }
        Path jar = base.resolve(opts.getOrDefault("jar", "target/stratum.jar"));
        if (!Files.isRegularFile(jar)) {
            fail("The shaded jar " + jar + " is missing: run the package phase (./mvnw -Ppackage -DskipTests package).");
        }
        deleteTree(work);
        deleteTree(dist);
        Path input = Files.createDirectories(work.resolve("input"));
        Path appJar = input.resolve("stratum.jar");
        if (!Boolean.parseBoolean(opts.getOrDefault("slim", "true"))) {
            Files.copy(jar, appJar);
        } else {
            JarSlimmer.Result slim = new JarSlimmer(PRUNED_PACKAGES, NOT_ROOTS, NEVER_KEPT).slim(jar, appJar);
            log(String.format(Locale.ROOT, "app jar: %.1f MB -> %.1f MB (kept %d of %d classes under %s)",
                mb(Files.size(jar)), mb(Files.size(appJar)), slim.keptPruned(), slim.prunable(), PRUNED_PACKAGES));
        }
        if (Boolean.parseBoolean(opts.getOrDefault("jar-only", "false"))) {
            return; // for looking at the slimmed jar alone
        }

        String modules = modules(appJar);
        log("modules: " + modules);
        Path runtime = work.resolve("runtime");
        boolean cds = Boolean.parseBoolean(opts.getOrDefault("cds", "false"));
        List<String> jlink = new ArrayList<>(List.of("--add-modules", modules, "--include-locales=en,zh",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2", "--output", runtime.toString()));
        // CDS (--cds=true): the JDK classes pre-parsed in an archive, a little less CPU to the first
        // window for 11 MB (docs/PERFORMANCE.md); generating it runs the image's bin/java, so the
        // commands go only afterwards
        jlink.add(cds ? "--generate-cds-archive" : "--strip-native-commands");
        tool("jlink", jlink.toArray(String[]::new));
        if (cds) {
            removeCommandsAndNoCoopsArchive(runtime);
        }
        stripNativeSymbols(runtime);

        List<String> image = new ArrayList<>(List.of(
                "--type", "app-image", "--dest", dist.toString(),
                "--input", input.toString(), "--main-jar", "stratum.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--java-options", "-Dfile.encoding=UTF-8",
                // a desktop analysis app may use half the memory; the default is a quarter
                "--java-options", "-XX:MaxRAMPercentage=50"));
        image.addAll(identity());
        image.addAll(List.of("--icon", icon().toString()));
        if (os == Os.MAC) {
            image.addAll(List.of("--mac-package-identifier", "com.stratum.app", "--mac-package-name", APP_NAME));
        }
        tool("jpackage", image.toArray(String[]::new));
        Path appImage = dist.resolve(os == Os.MAC ? APP_NAME + ".app" : APP_NAME);
        log(String.format(Locale.ROOT, "app image %s: %.1f MB (runtime %.1f MB)", appImage,
                mb(sizeOf(appImage)), mb(sizeOf(runtime))));

        if (Boolean.parseBoolean(opts.getOrDefault("installer", "true"))) {
            installer(appImage);
        }
        log(String.format(Locale.ROOT, "packaging took %.1f s", (System.nanoTime() - t0) / 1e9));
    }

    /**
     * The app's launcher needs neither the java, keytool... commands nor the CDS archive for heaps
     * over 32 GB (used only without compressed oops; such a JVM simply starts without CDS). On
     * Windows bin/ also holds the runtime's DLLs, so only the .exe files go.
     */
    void removeCommandsAndNoCoopsArchive(Path runtime) throws IOException {
        Path bin = runtime.resolve("bin");
        if (os == Os.WINDOWS) {
            try (Stream<Path> s = Files.list(bin)) {
                for (Path exe : s.filter(p -> p.getFileName().toString().endsWith(".exe")).toList()) {
                    Files.delete(exe);
                }
            }
        } else {
            deleteTree(bin);
        }
        try (Stream<Path> s = Files.walk(runtime)) {
            for (Path jsa : s.filter(p -> p.getFileName().toString().equals("classes_nocoops.jsa")).toList()) {
                jsa.toFile().setWritable(true);
                Files.delete(jsa);
            }
        }
    }

    /**
     * Linux JDKs often ship libjvm.so with its symbol table (about 4 MB); the app does not need it.
     * Skipped where {@code strip} is missing: the image is only larger then.
     */
    void stripNativeSymbols(Path runtime) throws IOException {
        if (os != Os.LINUX || !onPath("strip")) {
            return;
        }
        List<Path> libs;
        try (Stream<Path> s = Files.walk(runtime)) {
            libs = s.filter(p -> p.getFileName().toString().endsWith(".so")).toList();
        }
        long before = libs.stream().mapToLong(Packager::sizeOf).sum();
        for (Path lib : libs) {
            lib.toFile().setWritable(true);
            exec("strip", "--strip-unneeded", lib.toString());
        }
        long after = libs.stream().mapToLong(Packager::sizeOf).sum();
        log(String.format(Locale.ROOT, "stripped native symbols: %.1f MB -> %.1f MB", mb(before), mb(after)));
    }

    static void exec(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                fail(String.join(" ", cmd) + " failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("Interrupted while running " + cmd[0]);
        }
    }

    /** The JDK modules the jar uses (jdeps) but the unused ones, plus the ones only looked up by name at run time. */
    String modules(Path jar) {
        String out = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release",
                String.valueOf(Runtime.version().feature()), jar.toString());
        TreeSet<String> set = new TreeSet<>();
        for (String m : out.strip().split("[,\\s]+")) {
            if (!m.isBlank()) {
                set.add(m);
            }
        }
        if (set.isEmpty() || !set.contains("java.base")) {
            fail("jdeps found no module dependencies in " + jar + ": " + out);
        }
        set.removeAll(UNUSED_MODULES);
        set.addAll(EXTRA_MODULES);
        return String.join(",", set);
    }

    void installer(Path appImage) throws IOException {
        String type = installerType();
        requireInstallerTools(type);
        Path assoc = fileAssociation();
        List<String> args = new ArrayList<>(List.of(
                "--type", type, "--app-image", appImage.toString(), "--dest", dist.toString(),
                "--file-associations", assoc.toString(), "--icon", icon().toString()));
        args.addAll(identity());
        switch (type) {
            case "deb" -> args.addAll(List.of(
                    // our desktop entry: jpackage 17's has no %f, so a double-clicked .stratum file
                    // would start Stratum without it
                    "--resource-dir", base.resolve("src/packaging/linux").toString(),
                    "--linux-package-name", "stratum",
                    "--linux-shortcut", "--linux-menu-group", "Office",
                    "--linux-app-category", "misc",
                    "--linux-package-deps", DEB_DEPENDS,
                    "--linux-deb-maintainer", "stratum@example.com"));
            case "rpm" -> args.addAll(List.of(
                    "--linux-package-name", "stratum", "--linux-shortcut", "--linux-menu-group", "Office"));
            case "msi", "exe" -> args.addAll(List.of(
                    "--win-menu", "--win-menu-group", APP_NAME, "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", WIN_UPGRADE_UUID));
            case "dmg", "pkg" -> args.addAll(List.of("--mac-package-identifier", "com.stratum.app"));
            default -> fail("Unknown installer type " + type + " (deb, rpm, msi, exe, dmg or pkg)");
        }
        tool("jpackage", args.toArray(String[]::new));
        try (Stream<Path> files = Files.list(dist)) {
            files.filter(p -> p.getFileName().toString().endsWith("." + type)).forEach(p ->
                    log(String.format(Locale.ROOT, "installer %s: %.1f MB", p, mb(sizeOf(p)))));
        }
    }

    String installerType() {
        String type = opts.getOrDefault("installer-type", "");
        // no OS profile matched (an unexpanded ${...}): this platform's default
        return type.isBlank() || type.startsWith("${") ? os.installerType : type;
    }

    /** Fails early with the packages to install instead of jpackage's generic "Can not find" message. */
    void requireInstallerTools(String type) {
        List<String> missing = new ArrayList<>();
        switch (type) {
            case "deb" -> Stream.of("fakeroot", "dpkg-deb").filter(t -> !onPath(t)).forEach(missing::add);
            case "rpm" -> Stream.of("rpmbuild").filter(t -> !onPath(t)).forEach(missing::add);
            case "msi", "exe" -> Stream.of("candle", "light").filter(t -> !onPath(t)).forEach(missing::add);
            default -> { }
        }
        if (!missing.isEmpty()) {
            String hint = switch (type) {
                case "deb" -> "apt-get install fakeroot dpkg";
                case "rpm" -> "dnf install rpm-build";
                default -> "install the WiX Toolset 3.x and put its bin folder on PATH";
            };
            fail("Building the ." + type + " needs " + String.join(" and ", missing) + " on PATH (" + hint
                    + "), or skip the installer with -Dstratum.installer=false.");
        }
    }

    /** The .stratum association, written with this platform's icon for the files. */
    Path fileAssociation() throws IOException {
        Path template = base.resolve("src/packaging/stratum-workspace.properties");
        String text = Files.readString(template, StandardCharsets.UTF_8)
                + "icon=" + icon().toString().replace('\\', '/') + System.lineSeparator();
        Path out = work.resolve("stratum-workspace.properties");
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return out;
    }

    List<String> identity() {
        return List.of("--name", APP_NAME, "--app-version", numericVersion(opts.getOrDefault("version", "0.1.0")),
                "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", "Copyright (c) Stratum authors");
    }

    Path icon() {
        Path icons = base.resolve("assets/icons");
        return switch (os) {
            case WINDOWS -> icons.resolve("stratum.ico");
            case MAC -> icons.resolve("stratum.icns");
            case LINUX -> icons.resolve("stratum-256.png");
        };
    }

    /** jpackage wants 1 to 3 dot-separated numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String numericVersion(String v) {
        String n = v.replaceAll("[^0-9.].*$", "").replaceAll("\\.+$", "");
        return n.isEmpty() ? "1.0.0" : n;
    }

    static String tool(String name, String... args) {
        ToolProvider tp = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException("This JDK has no " + name
                        + "; packaging needs a full JDK 17+ (with jmods: apt-get install openjdk-17-jdk-headless)"));
        log("$ " + name + " " + String.join(" ", args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long t = System.nanoTime();
        int rc = tp.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        log(String.format(Locale.ROOT, "  (%s: %.1f s)", name, (System.nanoTime() - t) / 1e9));
        if (rc != 0) {
            fail(name + " failed with exit code " + rc + ":\n" + out + err);
        }
        if (!err.toString().isBlank()) {
            System.err.print(err);
        }
        return out.toString();
    }

    static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String suffix : new String[] {"", ".exe", ".cmd", ".bat"}) {
                if (Files.isExecutable(Path.of(dir, exe + suffix))) {
                    return true;
                }
            }
        }
        return false;
    }

    static long sizeOf(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    static void log(String msg) {
        System.out.println("[packager] " + msg);
    }

    static void fail(String msg) {
        System.err.println("[packager] ERROR: " + msg);
        System.exit(1);
    }

    /**
     * Copies a jar leaving out the classes of some packages that nothing else in the jar reaches.
     * Reachability is found conservatively: every class-name-like string in a class file (constant
     * pool names, descriptors, signatures, and string constants in dotted form as Class.forName uses)
     * counts as a reference, transitively, starting from every class outside the pruned packages and
     * from META-INF/services. Non-class files under a pruned package are kept when a kept class names
     * their folder (ICU's data folder, for instance), so over-keeping is possible, under-keeping is not
     * for code that names what it loads.
     */
    static final class JarSlimmer {

        record Result(int prunable, int keptPruned) {
        }

        private static final Pattern VERSIONED = Pattern.compile("^META-INF/versions/\\d+/");

        private final List<String> prefixes;
        private final Set<String> notRoots;
        private final Set<String> neverKept;

        JarSlimmer(List<String> prefixes, Set<String> notRoots, Set<String> neverKept) {
            this.prefixes = prefixes;
            this.notRoots = notRoots;
            this.neverKept = neverKept;
        }

        Result slim(Path in, Path out) throws IOException {
            try (ZipFile zip = new ZipFile(in.toFile())) {
                List<? extends ZipEntry> entries = Collections.list(zip.entries());
                Map<String, List<ZipEntry>> prunable = new HashMap<>();
                for (ZipEntry e : entries) {
                    String n = unversioned(e.getName());
                    if (n.endsWith(".class") && pruned(n)) {
                        prunable.computeIfAbsent(n.substring(0, n.length() - 6), k -> new ArrayList<>()).add(e);
                    }
                }
                Set<String> mentioned = new HashSet<>();
                Set<String> kept = new HashSet<>();
                Deque<String> todo = new ArrayDeque<>();
                for (ZipEntry e : entries) {
                    String n = unversioned(e.getName());
                    boolean root = (n.endsWith(".class") && !pruned(n) && !notRoots.contains(n.substring(0, n.length() - 6)))
                            || n.startsWith("META-INF/services/");
                    if (root && !e.isDirectory()) {
                        reach(zip, e, prunable, mentioned, kept, todo);
                    }
                }
                while (!todo.isEmpty()) {
                    for (ZipEntry e : prunable.get(todo.pop())) {
                        reach(zip, e, prunable, mentioned, kept, todo);
                    }
                }
                try (ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
                    zos.setLevel(Deflater.BEST_COMPRESSION);
                    for (ZipEntry e : entries) {
                        String n = unversioned(e.getName());
                        if (pruned(n) && !e.isDirectory() && !keep(n, kept, mentioned)) {
                            continue;
                        }
                        if (DROPPED_RESOURCES.stream().anyMatch(d -> d.matcher(n).matches())) {
                            continue;
                        }
                        ZipEntry copy = new ZipEntry(e.getName());
                        copy.setTime(e.getTime());
                        zos.putNextEntry(copy);
                        if (!e.isDirectory()) {
                            try (InputStream is = zip.getInputStream(e)) {
                                is.transferTo(zos);
                            }
                        }
                        zos.closeEntry();
                    }
                }
                return new Result(prunable.size(), kept.size());
            }
        }

        private void reach(ZipFile zip, ZipEntry e, Map<String, List<ZipEntry>> prunable, Set<String> mentioned,
                           Set<String> kept, Deque<String> todo) throws IOException {
            String text;
            try (InputStream is = zip.getInputStream(e)) {
                text = new String(is.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            for (String prefix : prefixes) {
                // slash form (constant pool, descriptors such as "Lit/unimi/...;") and dotted form (Class.forName)
                for (String form : new String[] {prefix, prefix.replace('/', '.')}) {
                    for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                        int end = i + form.length();
                        while (end < text.length() && isNameChar(text.charAt(end))) {
                            end++;
                        }
                        String name = text.substring(i, end).replace('.', '/');
                        while (name.endsWith("/")) {
                            name = name.substring(0, name.length() - 1);
                        }
                        mentioned.add(name);
                        // "a/b/C/class" when a resource path "a/b/C.class" was named
                        String cls = name.endsWith("/class") ? name.substring(0, name.length() - 6) : name;
                        if (prunable.containsKey(cls) && !neverKept.contains(cls) && kept.add(cls)) {
                            todo.push(cls);
                        }
                    }
                }
            }
        }

        private static boolean isNameChar(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '/' || c == '.');
        }

        private boolean keep(String name, Set<String> kept, Set<String> mentioned) {
            if (name.endsWith(".class")) {
                return kept.contains(name.substring(0, name.length() - 6));
            }
            for (int slash = name.lastIndexOf('/'); slash > 0; slash = name.lastIndexOf('/', slash - 1)) {
                if (mentioned.contains(name.substring(0, slash))) {
                    return true;
                }
            }
            return false;
        }

        private boolean pruned(String name) {
            for (String p : prefixes) {
                if (name.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        private static String unversioned(String name) {
            return VERSIONED.matcher(name).replaceFirst("");
        }
    }

    enum Os {
        LINUX("deb"), WINDOWS("msi"), MAC("dmg");

        final String installerType;

        Os(String installerType) {
            this.installerType = installerType;
        }

        static Os current() {
            String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return n.startsWith("windows") ? WINDOWS : n.startsWith("mac") ? MAC : LINUX;
        }
    }
}
