package com.stratum.workspace;

import com.stratum.features.StringDictionary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The personal columns (name, e-mail, phone, address) of the customers sheets, read only when an
 * export asks for them: they are not features, so the customer frame never carries them. Values are
 * lined up with the caller's customer ids; where two customers sheets give a value, the later wins.
 */
public final class PersonalColumnsRepository {


    private final Workspace workspace;

    public PersonalColumnsRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The personal roles some customers sheet of the workspace has a column for, in role order. */
    public List<ColumnRole> availableRoles() {
        Set<ColumnRole> roles = new LinkedHashSet<>();
        for (ColumnRole r : ColumnRole.values()) {
            if (r.isPersonal() && customerSheets().stream().anyMatch(d -> d.column(r).isPresent())) {
                roles.add(r);
            }
        }
        return new ArrayList<>(roles);
    }

    /**
     * For each requested personal role some customers sheet has, one value per entry of
     * {@code customerIds} (null where the sheets have none).
     */
    public Map<ColumnRole, String[]> load(String[] customerIds, Set<ColumnRole> roles) {
        StringDictionary rowOf = new StringDictionary(customerIds.length);
        for (String id : customerIds) {
            rowOf.intern(id);
        }
        Map<ColumnRole, String[]> out = new EnumMap<>(ColumnRole.class);
        try (Connection c = workspace.connect()) {
            for (DatasetInfo d : customerSheets()) {
                DatasetColumn idCol = d.column(ColumnRole.CUSTOMER_ID).orElse(null);
                if (idCol == null) {
                    continue;
                }
                List<DatasetColumn> cols = new ArrayList<>();
                cols.add(idCol);
                List<ColumnRole> read = new ArrayList<>();
                for (ColumnRole r : roles) {
                    if (r.isPersonal() && d.column(r).isPresent()) {
                        cols.add(d.column(r).get());
                        read.add(r);
                        out.computeIfAbsent(r, k -> new String[customerIds.length]);
                    }
                }
                if (read.isEmpty()) {
                    continue;
                }
                try (DatasetRows rs = DatasetRows.open(c, d, cols)) {
                    while (rs.next()) {
                        String id = rs.text(0);
                        int row = id == null ? -1 : rowOf.find(id);
                        if (row < 0 || row >= customerIds.length) {
                            continue; // a customer with no row in this run
                        }
                        for (int i = 0; i < read.size(); i++) {
                            String v = rs.text(i + 1);
                            if (v != null && !v.isBlank()) {
                                out.get(read.get(i))[row] = v;
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Reading the customers' personal columns failed: " + e.getMessage(), e);
        }
        return out;
    }

    private List<DatasetInfo> customerSheets() {
        return new DatasetRepository(workspace).list().stream().filter(d -> d.kind() == DatasetKind.CUSTOMERS).toList();
    }
}
