package com.stratum.workspace;

import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.DefinitionJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Versioned definitions in the workspace ({@code definition} table). Saving never overwrites: it adds
 * the next version. The built-ins ({@link BuiltInDefinitions}, version 0) are available without
 * being saved; saving under a built-in's name makes an edited version 1, 2, ... that then wins.
 */
public final class DefinitionRepository {

    private final Workspace workspace;

    public DefinitionRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Stores {@code d} as the next version of its name and returns it with that version. */
    public Definition save(Definition d) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                int next = maxVersion(c, d.name()) + 1;
                Definition saved = d.withVersion(next);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO definition(name, version, json, created_at) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, saved.name());
                    ps.setInt(2, next);
                    ps.setString(3, DefinitionJson.write(saved));
                    ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                    ps.executeUpdate();
                }
                c.commit();
                return saved;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot save definition " + d.name() + ": " + e.getMessage(), e);
        }
    }

    /** The newest saved version, else the built-in of that name. */
    public Optional<Definition> latest(String name) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT json FROM definition WHERE name = ? ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(DefinitionJson.read(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read definition " + name + ": " + e.getMessage(), e);
        }
        return BuiltInDefinitions.find(name);
    }

    /** One version; version 0 is the built-in. */
    public Optional<Definition> load(String name, int version) {
        if (version == 0) {
            return BuiltInDefinitions.find(name);
        }
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT json FROM definition WHERE name = ? AND version = ?")) {
            ps.setString(1, name);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(DefinitionJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read definition " + name + " v" + version + ": " + e.getMessage(), e);
        }
    }

    /** Saved versions of a name, ascending (empty for a never-saved built-in). */
    public List<Integer> versions(String name) {
        List<Integer> out = new ArrayList<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT version FROM definition WHERE name = ? ORDER BY version")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot list versions of " + name + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Built-ins first (in gallery order), then saved names alphabetically; each at its latest version. */
    public List<DefinitionInfo> list() {
        Map<String, DefinitionInfo> out = new LinkedHashMap<>();
        for (Definition d : BuiltInDefinitions.all()) {
            out.put(d.name(), new DefinitionInfo(d.name(), 0, true, d.family(), d.description(), null));
        }
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT d.name, d.version, d.json, d.created_at FROM definition d "
                     + "WHERE d.version = (SELECT MAX(version) FROM definition x WHERE x.name = d.name) ORDER BY d.name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Definition d = DefinitionJson.read(rs.getString(3));
                String name = rs.getString(1);
                out.put(name, new DefinitionInfo(name, rs.getInt(2), BuiltInDefinitions.isBuiltIn(name), d.family(),
                        d.description(), rs.getTimestamp(4).toLocalDateTime()));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot list definitions: " + e.getMessage(), e);
        }
        return new ArrayList<>(out.values());
    }

    /** Removes every saved version of a name (a built-in of that name stays available). */
    public void delete(String name) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM definition WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot delete definition " + name + ": " + e.getMessage(), e);
        }
    }

    private static int maxVersion(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM definition WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
