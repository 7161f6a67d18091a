package com.stratum.engine.predictive;

/**
 * The data cannot support a model. {@link #getMessage()} is a complete English sentence for the
 * user (the CLI prints it and exits 2); {@link #problem()} lets the window pick a translated text.
 */
public final class PredictiveDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the data. */
    public enum Problem {
        NO_PURCHASES,
        CALIBRATION_END_OUTSIDE_DATA,
        ALL_PURCHASES_ON_ONE_DAY,
        TOO_FEW_CUSTOMERS,
        NO_REPEAT_PURCHASES,
        TOO_FEW_REPEAT_BUYERS_FOR_SPEND,
        NOT_CONVERGED
    }

    private final Problem problem;
    private final transient ModelFit bestFit;

    public PredictiveDataException(Problem problem, String message) {
        this(problem, message, null);
    }

    public PredictiveDataException(Problem problem, String message, ModelFit bestFit) {
        super(message);
        this.problem = problem;
        this.bestFit = bestFit;
    }

    public Problem problem() {
        return problem;
    }

    /** For {@link Problem#NOT_CONVERGED}: the best point the optimizer found; otherwise null. */
    public ModelFit bestFit() {
        return bestFit;
    }
}
