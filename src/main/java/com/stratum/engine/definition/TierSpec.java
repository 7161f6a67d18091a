package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Stratification: split customers by {@code measure} into {@code levels} (top tier first).
 * {@code cuts} has one entry per level but the last; see {@link TierMethod}. Customers whose
 * measure is empty get no tier.
 */
@JsonPropertyOrder({"measure", "method", "scope", "cuts", "levels"})
public record TierSpec(String measure, TierMethod method, TierScope scope, List<Double> cuts, List<TierLevel> levels) {

    public TierSpec {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(method, "method");
        scope = scope == null ? TierScope.PER_SEGMENT : scope;
        cuts = List.copyOf(cuts);
        levels = List.copyOf(levels);
        if (levels.size() < 2 || cuts.size() != levels.size() - 1) {
            throw new DefinitionException("Tiers need at least two levels and one cut fewer than levels (levels "
                    + levels.size() + ", cuts " + cuts.size() + ")");
        }
    }

    public TierSpec withCut(int index, double value) {
        List<Double> c = new ArrayList<>(cuts);
        c.set(index, value);
        return new TierSpec(measure, method, scope, c, levels);
    }
}
