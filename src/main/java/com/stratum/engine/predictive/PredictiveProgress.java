package com.stratum.engine.predictive;

/** Progress and cancellation hooks for a long predictive run (the window runs it in a background task). */
public interface PredictiveProgress {

    PredictiveProgress NONE = (fraction, stage) -> { };

    /** @param fraction 0..1; {@code stage} is a stable key such as {@code fit_bgnbd} */
    void update(double fraction, String stage);

    /** Checked between stages; when true the run stops with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
