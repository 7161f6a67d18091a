package com.stratum.engine.definition;

/** A definition cannot be evaluated (unknown feature, wrong operator for a feature's type ...); the message is for the user. */
public class DefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DefinitionException(String message) {
        super(message);
    }
}
