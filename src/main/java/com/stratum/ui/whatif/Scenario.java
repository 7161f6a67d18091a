package com.stratum.ui.whatif;

import com.stratum.engine.definition.Definition;

/** A named variant of the baseline definition. */
public record Scenario(String name, Definition definition) {

    public Scenario withDefinition(Definition d) {
        return new Scenario(name, d);
    }

    public Scenario withName(String n) {
        return new Scenario(n, definition);
    }
}
