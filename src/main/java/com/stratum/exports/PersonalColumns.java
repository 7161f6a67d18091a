package com.stratum.exports;

import com.stratum.engine.Assignment;
import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.PersonalColumnsRepository;
import com.stratum.workspace.Workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workspace's personal columns as export columns: their keys are the role keys ({@code name},
 * {@code email}, {@code phone}, {@code address}); each is masked by its own rule.
 */
public final class PersonalColumns {

    private PersonalColumns() {
    }

    /** The keys of the personal columns the workspace's customers sheets have. */
    public static List<String> availableKeys(Workspace ws) {
        return new PersonalColumnsRepository(ws).availableRoles().stream().map(ColumnRole::key).toList();
    }

    /** True for the key of a personal role. */
    public static boolean isPersonalKey(String key) {
        for (ColumnRole r : ColumnRole.values()) {
            if (r.isPersonal() && r.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Loads the chosen personal columns (other keys are ignored) lined up with the run's rows. */
    public static List<SegmentExport.PersonalColumn> load(Workspace ws, Assignment run, Collection<String> chosenKeys) {
        Set<ColumnRole> roles = EnumSet.noneOf(ColumnRole.class);
        for (String key : chosenKeys) {
            if (isPersonalKey(key)) {
                roles.add(ColumnRole.fromKey(key).orElseThrow());
            }
        }
        if (roles.isEmpty()) {
            return List.of();
        }
        String[] ids = new String[run.size()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = run.frame().customerId(r);
        }
        List<SegmentExport.PersonalColumn> out = new ArrayList<>();
        for (Map.Entry<ColumnRole, String[]> e : new PersonalColumnsRepository(ws).load(ids, roles).entrySet()) {
            out.add(new SegmentExport.PersonalColumn(e.getKey().key(), kind(e.getKey()), e.getValue()));
        }
        return out;
    }

    static PersonalDataMask.Kind kind(ColumnRole role) {
        return switch (role) {
            case NAME -> PersonalDataMask.Kind.NAME;
            case EMAIL -> PersonalDataMask.Kind.EMAIL;
            case PHONE -> PersonalDataMask.Kind.PHONE;
            default -> PersonalDataMask.Kind.OTHER;
        };
    }
}
