package com.stratum.ui.service;

/** A part of Stratum this build does not have yet; the window says so instead of failing obscurely. */
public class ServiceUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String what) {
        super(what + " is not available in this build.");
    }
}
