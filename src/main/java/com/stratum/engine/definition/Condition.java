package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One test on one feature. Which fields are used depends on {@link Operator}: {@code value} (and
 * {@code max} for BETWEEN) for numbers, in the feature's own unit (money in currency units, e.g.
 * 3000.00); {@code values} for IN / NOT_IN; {@code text} for CONTAINS / EQUALS; {@code from} /
 * {@code to} (ISO yyyy-MM-dd) for DATE_BETWEEN. Dates are kept as text so the JSON stays plain.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"feature", "op", "value", "max", "values", "text", "from", "to", "negate"})
public record Condition(String feature, Operator op, Double value, Double max, List<String> values,
                        String text, String from, String to, boolean negate) implements Criterion {

    public Condition {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(op, "op");
        values = values == null ? null : List.copyOf(values);
    }

    @Override
    public Condition not() {
        return new Condition(feature, op, value, max, values, text, from, to, !negate);
    }

    /** The same condition with a new number (what-if: a threshold moved). */
    public Condition withValue(double newValue) {
        return new Condition(feature, op, newValue, max, values, text, from, to, negate);
    }

    public Condition withMax(double newMax) {
        return new Condition(feature, op, value, newMax, values, text, from, to, negate);
    }

    public static Condition compare(String feature, Operator op, double value) {
        if (!op.isNumeric() || op == Operator.BETWEEN) {
            throw new IllegalArgumentException(op + " is not a single-value comparison");
        }
        return new Condition(feature, op, value, null, null, null, null, null, false);
    }

    public static Condition lt(String feature, double value) {
        return compare(feature, Operator.LT, value);
    }

    public static Condition le(String feature, double value) {
        return compare(feature, Operator.LE, value);
    }

    public static Condition gt(String feature, double value) {
        return compare(feature, Operator.GT, value);
    }

    public static Condition ge(String feature, double value) {
        return compare(feature, Operator.GE, value);
    }

    public static Condition eq(String feature, double value) {
        return compare(feature, Operator.EQ, value);
    }

    public static Condition ne(String feature, double value) {
        return compare(feature, Operator.NE, value);
    }

    public static Condition between(String feature, double min, double max) {
        return new Condition(feature, Operator.BETWEEN, min, max, null, null, null, null, false);
    }

    public static Condition in(String feature, String... values) {
        return new Condition(feature, Operator.IN, null, null, List.of(values), null, null, null, false);
    }

    public static Condition notIn(String feature, String... values) {
        return new Condition(feature, Operator.NOT_IN, null, null, List.of(values), null, null, null, false);
    }

    public static Condition contains(String feature, String text) {
        return new Condition(feature, Operator.CONTAINS, null, null, null, text, null, null, false);
    }

    public static Condition textEquals(String feature, String text) {
        return new Condition(feature, Operator.EQUALS, null, null, null, text, null, null, false);
    }

    public static Condition dateBetween(String feature, LocalDate from, LocalDate to) {
        return new Condition(feature, Operator.DATE_BETWEEN, null, null, null, null,
                from == null ? null : from.toString(), to == null ? null : to.toString(), false);
    }

    public static Condition isEmpty(String feature) {
        return new Condition(feature, Operator.IS_EMPTY, null, null, null, null, null, null, false);
    }

    public static Condition notEmpty(String feature) {
        return new Condition(feature, Operator.NOT_EMPTY, null, null, null, null, null, null, false);
    }

    /** A short readable form for error messages and logs, e.g. {@code frequency >= 5}. */
    public String describe() {
        String body = switch (op) {
            case LT -> feature + " < " + value;
            case LE -> feature + " <= " + value;
            case GT -> feature + " > " + value;
            case GE -> feature + " >= " + value;
            case EQ -> feature + " = " + value;
            case NE -> feature + " != " + value;
            case BETWEEN -> feature + " between " + value + " and " + max;
            case IN -> feature + " in " + values;
            case NOT_IN -> feature + " not in " + values;
            case CONTAINS -> feature + " contains \"" + text + "\"";
            case EQUALS -> feature + " equals \"" + text + "\"";
            case DATE_BETWEEN -> feature + " from " + (from == null ? "..." : from) + " to " + (to == null ? "..." : to);
            case IS_EMPTY -> feature + " is empty";
            case NOT_EMPTY -> feature + " is not empty";
        };
        return negate ? "NOT (" + body + ")" : body;
    }
}
