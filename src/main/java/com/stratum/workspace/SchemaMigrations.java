package com.stratum.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Versioned schema migrations: {@code migrations/V<n>.sql} on the class path and the Java steps of
 * {@link #JAVA_STEPS}, applied in order, each in its own transaction, and recorded in
 * {@code schema_version}. A Java step may commit as it goes (it rewrites whole tables), so it must
 * be safe to run again after being killed; its version is recorded only once it has finished.
 * A workspace written by a newer Stratum is refused rather than damaged.
 */
final class SchemaMigrations {

    static final String RESOURCE_DIR = "/com/stratum/workspace/migrations/";
    /** Settings key present while a migration's freed space has not been given back by a compaction. */
    static final String COMPACT_PENDING = "workspace.compact_pending";

    /** A migration that SQL alone cannot do; runs after the version's SQL file, if there is one. */
    @FunctionalInterface
    interface JavaStep {
        /** Returns true when it freed much of the file, so the file is worth compacting. */
        boolean apply(Connection c) throws SQLException;
    }

    /** Version 3: datasets stored as one SQL row per sheet row become column chunks. */
    static final Map<Integer, JavaStep> JAVA_STEPS = Map.of(3, RowTableConversion::run);

    /**
     * Brings the schema up to date. A step that freed much of the file (see {@link JavaStep#apply})
     * leaves {@link #COMPACT_PENDING} set until {@link #compactionDone} is called.
     */
    void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version(version INT PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(c);
        int latest = latestAvailable();
        if (current > latest) {
            throw new WorkspaceException("This workspace was written by a newer Stratum (schema " + current
                    + "); this version understands schema " + latest + ".");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latest; v++) {
                try (Statement s = c.createStatement()) {
                    if (hasScript(v)) {
                        for (String sql : statements(read(v))) {
                            s.execute(sql);
                        }
                    }
                    JavaStep step = JAVA_STEPS.get(v);
                    if (step != null) {
                        if (step.apply(c)) {
                            // committed with the version: a compaction killed half-way is redone at the next open
                            s.execute("MERGE INTO settings(setting_key, setting_value) KEY(setting_key) VALUES ('"
                                    + COMPACT_PENDING + "', 'true')");
                        }
                    }
                    s.execute("INSERT INTO schema_version VALUES (" + v + ", CURRENT_TIMESTAMP)");
                }
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** True when a migration freed space that no compaction has given back yet. */
    static boolean compactionPending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM settings WHERE setting_key = ?")) {
            ps.setString(1, COMPACT_PENDING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void compactionDone(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM settings WHERE setting_key = ?")) {
            ps.setString(1, COMPACT_PENDING);
            ps.executeUpdate();
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static int latestAvailable() {
        int v = 0;
        while (hasScript(v + 1) || JAVA_STEPS.containsKey(v + 1)) {
            v++;
        }
        return v;
    }

    private static boolean hasScript(int version) {
        return SchemaMigrations.class.getResource(RESOURCE_DIR + "V" + version + ".sql") != null;
    }

    private static String read(int version) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(RESOURCE_DIR + "V" + version + ".sql")) {
            if (in == null) {
                throw new WorkspaceException("Missing schema migration V" + version);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read schema migration V" + version, e);
        }
    }

    /** Splits a script on semicolons at line ends; comments start with "--". */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String sql = cur.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
