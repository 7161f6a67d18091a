package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A segmentation definition: plain, versioned data that serialises to JSON ({@link DefinitionJson})
 * and round-trips unchanged. Parts, all optional but at least segments or clustering:
 * <ul>
 *   <li>{@code rfm}: scores r/f/m that the segments' criteria can test;</li>
 *   <li>{@code clustering}: k-means; without explicit segments each cluster is a segment;</li>
 *   <li>{@code segments}: ordered, first match wins, then {@code everyoneElse};</li>
 *   <li>{@code tiers}: stratification inside segments (or over everyone);</li>
 *   <li>{@code predictive}: room for the value/churn models.</li>
 * </ul>
 * {@code family} tells the UI which template the definition came from (rfm, demographic, ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "version", "family", "description", "rfm", "clustering", "segments", "everyoneElse",
        "tiers", "predictive"})
public record Definition(String name, int version, String family, String description, RfmScoring rfm,
                         ClusteringSpec clustering, List<SegmentSpec> segments, SegmentSpec everyoneElse,
                         TierSpec tiers, PredictiveSpec predictive) {

    public Definition {
        Objects.requireNonNull(name, "name");
        segments = segments == null ? List.of() : List.copyOf(segments);
        everyoneElse = everyoneElse == null ? SegmentSpec.everyoneElse() : everyoneElse;
    }

    public Definition withVersion(int newVersion) {
        return new Definition(name, newVersion, family, description, rfm, clustering, segments, everyoneElse, tiers,
                predictive);
    }

    public Definition withName(String newName) {
        return new Definition(newName, version, family, description, rfm, clustering, segments, everyoneElse, tiers,
                predictive);
    }

    public Definition withRfm(RfmScoring newRfm) {
        return new Definition(name, version, family, description, newRfm, clustering, segments, everyoneElse, tiers,
                predictive);
    }

    public Definition withClustering(ClusteringSpec c) {
        return new Definition(name, version, family, description, rfm, c, segments, everyoneElse, tiers, predictive);
    }

    public Definition withSegments(List<SegmentSpec> newSegments) {
        return new Definition(name, version, family, description, rfm, clustering, newSegments, everyoneElse, tiers,
                predictive);
    }

    public Definition withTiers(TierSpec newTiers) {
        return new Definition(name, version, family, description, rfm, clustering, segments, everyoneElse, newTiers,
                predictive);
    }

    /** What-if helper: the same definition with segment {@code index}'s criteria rewritten. */
    public Definition withSegment(int index, UnaryOperator<SegmentSpec> change) {
        List<SegmentSpec> list = new ArrayList<>(segments);
        list.set(index, change.apply(list.get(index)));
        return withSegments(list);
    }

    /** Every feature the definition reads, in first-use order (inputs, not the scores it makes). */
    public Set<String> featuresUsed() {
        Set<String> out = new LinkedHashSet<>();
        if (rfm != null) {
            out.add(RfmScoring.RECENCY_FEATURE);
            out.add(RfmScoring.FREQUENCY_FEATURE);
            out.add(rfm.monetaryFeature());
        }
        if (clustering != null) {
            out.addAll(clustering.features());
        }
        for (SegmentSpec s : segments) {
            collect(s.criteria(), out);
        }
        collect(everyoneElse.criteria(), out);
        if (tiers != null) {
            out.add(tiers.measure());
        }
        return out;
    }

    private static void collect(Criterion c, Set<String> out) {
        if (c instanceof Condition cond) {
            out.add(cond.feature());
        } else if (c instanceof Group g) {
            for (Criterion child : g.children()) {
                collect(child, out);
            }
        }
    }
}
