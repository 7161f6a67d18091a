package com.stratum.ui.whatif;

import com.stratum.engine.definition.Definition;

import java.util.function.BiFunction;

/**
 * One numeric threshold of a definition shown as a slider: a condition's value (or a range's upper
 * end), an RFM breakpoint or bin count, a tier boundary, k of clustering. {@code apply} returns the
 * definition with the threshold set to a new value. {@code percent}: the value is a percentage
 * (0..100). {@code chain}: knobs sharing a non-null chain are ordered ascending in list order, so a
 * slider cannot pass its neighbour. {@code money}: the value is an amount of money.
 */
public record Knob(String id, String group, String label, double value, double min, double max, boolean integer,
                   BiFunction<Definition, Double, Definition> apply, boolean percent, String chain, boolean money) {

    public Knob(String id, String group, String label, double value, double min, double max, boolean integer,
                BiFunction<Definition, Double, Definition> apply) {
        this(id, group, label, value, min, max, integer, apply, false, null, false);
    }

    /** The same knob showing its value as an amount of money (2 decimals). */
    public Knob asMoney() {
        return new Knob(id, group, label, value, min, max, integer, apply, percent, chain, true);
    }
}
