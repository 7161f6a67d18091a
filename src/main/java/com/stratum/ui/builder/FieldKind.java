package com.stratum.ui.builder;

import com.stratum.engine.definition.Operator;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.DateColumn;

import java.util.List;

/** What kind of value a feature holds, and so which operators and value editor fit it. */
public enum FieldKind {
    NUMBER(List.of(Operator.BETWEEN, Operator.GE, Operator.GT, Operator.LE, Operator.LT, Operator.EQ, Operator.NE,
            Operator.IS_EMPTY, Operator.NOT_EMPTY)),
    CATEGORY(List.of(Operator.IN, Operator.NOT_IN, Operator.EQUALS, Operator.CONTAINS, Operator.IS_EMPTY,
            Operator.NOT_EMPTY)),
    DATE(List.of(Operator.DATE_BETWEEN, Operator.IS_EMPTY, Operator.NOT_EMPTY));

    private final List<Operator> operators;

    FieldKind(List<Operator> operators) {
        this.operators = operators;
    }

    /** The operators that make sense for this kind, the usual one first. */
    public List<Operator> operators() {
        return operators;
    }

    public static FieldKind of(Column c) {
        if (c instanceof CategoricalColumn) {
            return CATEGORY;
        }
        if (c instanceof DateColumn) {
            return DATE;
        }
        return NUMBER;
    }
}
