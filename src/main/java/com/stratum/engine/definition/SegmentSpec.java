package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * One segment of a definition: who belongs ({@code criteria}; null matches everyone still
 * unassigned) and what to do with them ({@code strategy}, the playbook). {@code i18nKey}, when set,
 * names the texts in the {@code com/stratum/i18n/templates} bundle ({@code <key>.name},
 * {@code .description}, {@code .strategy}); the English text is also stored here so the CLI and
 * the JSON need no bundle.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"key", "name", "colour", "description", "strategy", "i18nKey", "criteria"})
public record SegmentSpec(String key, String name, String colour, String description, String strategy,
                          String i18nKey, Criterion criteria) {

    public SegmentSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    public SegmentSpec withCriteria(Criterion newCriteria) {
        return new SegmentSpec(key, name, colour, description, strategy, i18nKey, newCriteria);
    }

    public SegmentSpec withName(String newName) {
        return new SegmentSpec(key, newName, colour, description, strategy, i18nKey, criteria);
    }

    /** The default catch-all segment, last in every assignment. */
    public static SegmentSpec everyoneElse() {
        return new SegmentSpec("other", "Everyone else", "#9E9E9E",
                "Customers no segment above matched.", "Keep in the regular programme.", null, null);
    }
}
