package com.stratum.exports.sample;

/** The buying habit behind a sample customer; never written out, only its effects are. */
enum Persona {
    /** Buys often and spends more; rarely lapses. */
    LOYAL(0.12, 1.8, 0.10, 1.15),
    REGULAR(0.28, 0.65, 0.30, 1.0),
    OCCASIONAL(0.32, 0.2, 0.40, 0.95),
    /** Exactly one purchase. */
    ONE_TIME(0.22, 0, 1.0, 0.9),
    /** Signed up, never bought. */
    NEVER(0.06, 0, 1.0, 1.0);

    final double share;
    /** Median purchases per 30 average days. */
    final double medianRate;
    final double lapseProbability;
    final double spendFactor;

    Persona(double share, double medianRate, double lapseProbability, double spendFactor) {
        this.share = share;
        this.medianRate = medianRate;
        this.lapseProbability = lapseProbability;
        this.spendFactor = spendFactor;
    }

    static final double[] SHARES = {LOYAL.share, REGULAR.share, OCCASIONAL.share, ONE_TIME.share, NEVER.share};
}
