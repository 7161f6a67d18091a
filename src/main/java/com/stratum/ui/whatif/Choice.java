package com.stratum.ui.whatif;

import com.stratum.engine.definition.Definition;

import java.util.function.BiFunction;

/** One categorical choice of a definition shown as a toggle: a level in an IN / NOT IN condition. */
public record Choice(String id, String group, String label, boolean selected,
                     BiFunction<Definition, Boolean, Definition> apply) {
}
