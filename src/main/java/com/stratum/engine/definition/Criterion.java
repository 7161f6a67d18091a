package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A node of a segment's criteria tree: an AND/OR {@link Group} of nodes or a single {@link Condition}.
 * Either may be negated.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Group.class, name = "group"),
        @JsonSubTypes.Type(value = Condition.class, name = "condition")})
public sealed interface Criterion permits Group, Condition {

    boolean negate();

    /** The same node with its negation flipped. */
    Criterion not();

    static Group and(Criterion... children) {
        return new Group(Group.Logic.AND, false, java.util.List.of(children));
    }

    static Group or(Criterion... children) {
        return new Group(Group.Logic.OR, false, java.util.List.of(children));
    }
}
