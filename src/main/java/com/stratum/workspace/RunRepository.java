package com.stratum.workspace;

import com.stratum.engine.Assignment;
import com.stratum.engine.SegmentLabels;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.DefinitionJson;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.Column;
import com.stratum.features.MoneyColumn;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs kept in the workspace: the definition version and analysis date, the segments in order, and
 * every customer's segment, tier and net spend ({@code run_assignment}, written in batches in one
 * transaction: a failed save leaves nothing half-written).
 */
public final class RunRepository {

    private static final int BATCH = 5_000;

    private final Workspace workspace;

    public RunRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Stores an evaluated assignment and returns the new run's id. */
    public long save(Assignment a, String label) {
        Definition def = a.definition();
        LocalDate asOf = a.frame().asOf();
        if (asOf == null) {
            throw new WorkspaceException("A run needs the frame's analysis date");
        }
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                long id = insertRun(c, def, asOf, label, a.size());
                insertSegments(c, id, a);
                insertAssignments(c, id, a);
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot store the run of " + def.name() + ": " + e.getMessage(), e);
        }
    }

    private static long insertRun(Connection c, Definition def, LocalDate asOf, String label, long customers)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run(definition_name, definition_version, as_of, label, "
                + "customers, created_at, definition_json) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, def.name());
            ps.setInt(2, def.version());
            ps.setDate(3, Date.valueOf(asOf));
            ps.setString(4, label);
            ps.setLong(5, customers);
            ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(7, DefinitionJson.write(def));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertSegments(Connection c, long id, Assignment a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_segment(run_id, ordinal, segment_key, name, colour, "
                + "customers, revenue_cents) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (SegmentSummary s : a.summary()) {
                ps.setLong(1, id);
                ps.setInt(2, s.index());
                ps.setString(3, s.key());
                ps.setString(4, s.name());
                ps.setString(5, s.colour());
                ps.setLong(6, s.count());
                ps.setLong(7, s.revenueCents());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertAssignments(Connection c, long id, Assignment a) throws SQLException {
        List<SegmentSpec> segments = a.segments();
        int[] seg = a.segmentOfRow();
        Optional<Column> money = a.frame().find("monetary").filter(col -> col instanceof MoneyColumn);
        MoneyColumn m = (MoneyColumn) money.orElse(null);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO run_assignment(run_id, customer_id, segment, tier, monetary_cents) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < a.size(); i++) {
                ps.setLong(1, id);
                ps.setString(2, a.frame().customerId(i));
                ps.setString(3, seg[i] < 0 ? null : segments.get(seg[i]).name());
                ps.setString(4, a.tierName(i));
                if (m == null || m.isMissing(i)) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, m.cents()[i]);
                }
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Every run, newest first. */
    public List<RunInfo> list() {
        List<RunInfo> out = new ArrayList<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, definition_name, definition_version, as_of, label, "
                     + "customers, created_at FROM run ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(info(rs));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot list runs: " + e.getMessage(), e);
        }
        return out;
    }

    public Optional<RunInfo> find(long id) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, definition_name, definition_version, as_of, label, "
                     + "customers, created_at FROM run WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(info(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read run " + id + ": " + e.getMessage(), e);
        }
    }

    /** The definition exactly as the run evaluated it. */
    public Optional<Definition> definitionOf(long id) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT definition_json FROM run WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    return Optional.of(DefinitionJson.read(rs.getString(1)));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read run " + id + ": " + e.getMessage(), e);
        }
    }

    /** A run's assignment as labels (customer id, segment, net spend), ready for {@link com.stratum.engine.Comparison}. */
    public SegmentLabels loadLabels(long id) {
        StoredRun r = load(id);
        return r.labels();
    }

    /** A run's stored rows: segments in order, and per customer the segment, tier and net spend. */
    public StoredRun load(long id) {
        if (find(id).isEmpty()) {
            throw new WorkspaceException("There is no run " + id + " in this workspace");
        }
        try (Connection c = workspace.connect()) {
            List<String> names = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM run_segment WHERE run_id = ? ORDER BY ordinal")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        index.putIfAbsent(rs.getString(1), names.size());
                        names.add(rs.getString(1));
                    }
                }
            }
            List<String> ids = new ArrayList<>();
            List<String> tiers = new ArrayList<>();
            int[] segOf = new int[1024];
            long[] money = new long[1024];
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT customer_id, segment, tier, monetary_cents "
                    + "FROM run_assignment WHERE run_id = ? ORDER BY customer_id")) {
                ps.setFetchSize(10_000);
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n == segOf.length) {
                            segOf = java.util.Arrays.copyOf(segOf, n * 2);
                            money = java.util.Arrays.copyOf(money, n * 2);
                        }
                        ids.add(rs.getString(1));
                        String s = rs.getString(2);
                        if (s != null && !index.containsKey(s)) {
                            index.put(s, names.size());
                            names.add(s);
                        }
                        segOf[n] = s == null ? -1 : index.get(s);
                        tiers.add(rs.getString(3));
                        money[n] = rs.getLong(4);
                        n++;
                    }
                }
            }
            SegmentLabels labels = new SegmentLabels(ids.toArray(new String[0]), java.util.Arrays.copyOf(segOf, n), names,
                    java.util.Arrays.copyOf(money, n));
            return new StoredRun(find(id).orElseThrow(), labels, tiers);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read run " + id + ": " + e.getMessage(), e);
        }
    }

    public void delete(long id) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM run WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot delete run " + id + ": " + e.getMessage(), e);
        }
    }

    private static RunInfo info(ResultSet rs) throws SQLException {
        return new RunInfo(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate(), rs.getString(5),
                rs.getLong(6), rs.getTimestamp(7).toLocalDateTime());
    }

    /** A run read back: its info, labels for comparison and each customer's tier name (null for none). */
    public record StoredRun(RunInfo info, SegmentLabels labels, List<String> tiers) {
    }
}
