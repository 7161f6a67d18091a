package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** AND/OR over child criteria. An empty AND matches everyone, an empty OR nobody. */
@JsonPropertyOrder({"logic", "negate", "children"})
public record Group(Logic logic, boolean negate, List<Criterion> children) implements Criterion {

    public enum Logic { AND, OR }

    public Group {
        logic = logic == null ? Logic.AND : logic;
        children = children == null ? List.of() : List.copyOf(children);
    }

    @Override
    public Group not() {
        return new Group(logic, !negate, children);
    }
}
