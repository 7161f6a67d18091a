package com.stratum.engine.predictive;

/**
 * A fitted repeat-purchase model (BG/NBD or Pareto/NBD) with its parameters; times in the model's unit.
 * All methods are pure and thread-safe.
 */
public sealed interface PurchaseModel permits BgNbdModel, ParetoNbdModel {

    /** `bgnbd` or `pareto_nbd`, as the CLI JSON names them. */
    String key();

    /** Per-customer log-likelihood of (x, t_x, T). */
    double logLikelihood(int x, double tx, double bigT);

    /** Probability that a customer with this history is still active at T. */
    double pAlive(int x, double tx, double bigT);

    /** E[Y(t) | x, t_x, T]: expected repeat purchases in the next t. */
    double expectedPurchases(double t, int x, double tx, double bigT);

    /** E[X(t)]: expected repeat purchases of a new customer in a period of length t after the first purchase. */
    double expectedPurchasesNew(double t);

    /** P(X(t) = n) for a new customer. */
    double probabilityOfPurchases(int n, double t);
}
