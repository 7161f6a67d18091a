package com.stratum.exports;

import com.stratum.engine.Assignment;
import com.stratum.engine.SegmentLabels;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A kept run's own assignment laid over the customer rows of its definition evaluated again: which
 * rows to write (the customers the run holds, in frame order) and each one's segment and tier as
 * stored with the run, so an export of a kept run lists the run's members even when the data
 * changed since. The other columns (features, scores) come from the frame of the new evaluation.
 *
 * @param frameRows    the frame rows to write, ascending
 * @param segmentOfRow per written row, the stored segment (index in the definition's order; -1 none)
 * @param tierOfRow    per written row, the stored tier (index in the definition's tiers; -1 none)
 * @param notInData    customers of the run that the current data no longer has (not written)
 */
public record KeptAssignment(int[] frameRows, int[] segmentOfRow, int[] tierOfRow, int notInData) {

    public KeptAssignment {
        if (segmentOfRow.length != frameRows.length || tierOfRow.length != frameRows.length) {
            throw new IllegalArgumentException("One segment and one tier per written row");
        }
    }

    /**
     * Matches the stored rows to the evaluated frame by customer id, and the stored segment and tier
     * names to the definition's by name (a name the definition no longer has counts as none).
     *
     * @param stored      the run's stored customers and segments ({@code RunRepository.load(id).labels()})
     * @param storedTiers per stored customer, the stored tier name (null for none)
     */
    public static KeptAssignment match(Assignment evaluated, SegmentLabels stored, List<String> storedTiers) {
        Map<String, Integer> segmentIndex = new HashMap<>();
        List<SegmentSpec> specs = evaluated.segments();
        for (int i = specs.size() - 1; i >= 0; i--) {
            segmentIndex.put(specs.get(i).name(), i);
        }
        Map<String, Integer> tierIndex = new HashMap<>();
        List<TierLevel> tiers = evaluated.tiers();
        for (int i = tiers.size() - 1; i >= 0; i--) {
            tierIndex.put(tiers.get(i).name(), i);
        }
        String[] ids = stored.customerIds();
        Map<String, Integer> storedRow = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            storedRow.put(ids[i], i);
        }
        int n = evaluated.size();
        int[] rows = new int[Math.min(n, ids.length)];
        int[] seg = new int[rows.length];
        int[] tier = new int[rows.length];
        int k = 0;
        for (int r = 0; r < n; r++) {
            Integer s = storedRow.get(evaluated.frame().customerId(r));
            if (s == null) {
                continue; // a customer who came after the run was kept
            }
            int storedSegment = stored.segmentOfRow()[s];
            rows[k] = r;
            seg[k] = storedSegment < 0 ? -1
                    : segmentIndex.getOrDefault(stored.segmentNames().get(storedSegment), -1);
            String t = storedTiers.get(s);
            tier[k] = t == null ? -1 : tierIndex.getOrDefault(t, -1);
            k++;
        }
        return new KeptAssignment(Arrays.copyOf(rows, k), Arrays.copyOf(seg, k), Arrays.copyOf(tier, k), ids.length - k);
    }
}
