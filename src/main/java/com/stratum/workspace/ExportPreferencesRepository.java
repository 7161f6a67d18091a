package com.stratum.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The export choices remembered per definition, one row of the {@code settings} table each
 * ({@code export.<definition name>}, JSON), so no schema change is needed.
 */
public final class ExportPreferencesRepository {

    static final String PREFIX = "export.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;

    public ExportPreferencesRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<ExportPreferences> find(String definitionName) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM settings WHERE setting_key = ?")) {
            ps.setString(1, key(definitionName));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                JsonNode n = JSON.readTree(rs.getString(1));
                List<String> columns = new ArrayList<>();
                n.path("columns").forEach(col -> columns.add(col.asText()));
                return Optional.of(new ExportPreferences(columns, n.path("personal_data").asText("keep")));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException("Cannot read the export choices of " + definitionName + ": " + e.getMessage(), e);
        }
    }

    public void save(String definitionName, ExportPreferences prefs) {
        ObjectNode n = JSON.createObjectNode();
        prefs.columns().forEach(n.putArray("columns")::add);
        n.put("personal_data", prefs.personalData());
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                     "MERGE INTO settings(setting_key, setting_value) KEY(setting_key) VALUES (?, ?)")) {
            ps.setString(1, key(definitionName));
            ps.setString(2, n.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot save the export choices of " + definitionName + ": " + e.getMessage(), e);
        }
    }

    private static String key(String definitionName) {
        String k = PREFIX + definitionName;
        if (k.length() > 200) {
            throw new IllegalArgumentException("Definition name too long for a settings key: " + definitionName);
        }
        return k;
    }
}
