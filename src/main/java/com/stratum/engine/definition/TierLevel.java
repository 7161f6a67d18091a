package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One tier (e.g. VIP): key, shown name, colour; {@code i18nKey} as in {@link SegmentSpec}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"key", "name", "colour", "i18nKey"})
public record TierLevel(String key, String name, String colour, String i18nKey) {
}
