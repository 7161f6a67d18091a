package com.stratum.cli;

/** Input the user can fix (exit code 2); the message names what is wrong and where. */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
