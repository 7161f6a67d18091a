package com.stratum.ui.whatif;

import com.stratum.engine.definition.Definition;

import java.util.function.BiFunction;

/**
 * One numeric threshold of a definition shown as a slider: a condition's value (or a range's upper
 * end), an RFM breakpoint or bin count, a tier cut, k of clustering. {@code apply} returns the
 * definition with the threshold set to a new value.
 */
public record Knob(String id, String group, String label, double value, double min, double max, boolean integer,
                   BiFunction<Definition, Double, Definition> apply) {
}
