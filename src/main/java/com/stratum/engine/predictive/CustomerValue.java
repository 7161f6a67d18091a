package com.stratum.engine.predictive;

/**
 * Customer lifetime value over a horizon, discounted monthly (docs/PREDICTIVE.md):
 * CLV = E[M] * sum_{k=1..K} (E[Y(min(k m, H))] - E[Y((k-1) m)]) / (1 + d)^k, with m the month length and
 * H the horizon in model time units, K = ceil(H / m) and d the monthly discount rate: the expected purchases
 * of each month, valued at the expected average purchase value and discounted to the calibration end.
 */
public final class CustomerValue {

    /** A calendar month in days: 365.25 / 12. */
    public static final double MONTH_DAYS = 365.25 / 12;

    private CustomerValue() {
    }

    public static double clv(PurchaseModel model, int x, double tx, double bigT, double expectedValue,
                             double horizon, double month, double monthlyRate) {
        return expectedValue * discountedPurchases(model, x, tx, bigT, horizon, month, monthlyRate);
    }

    /** The CLV sum without the value factor: expected purchases per month, discounted. */
    public static double discountedPurchases(PurchaseModel model, int x, double tx, double bigT, double horizon,
                                             double month, double monthlyRate) {
        int months = (int) Math.ceil(horizon / month - 1e-9);
        double total = 0;
        double previous = 0;
        double discount = 1;
        for (int k = 1; k <= months; k++) {
            double current = model.expectedPurchases(Math.min(k * month, horizon), x, tx, bigT);
            discount /= 1 + monthlyRate;
            total += (current - previous) * discount;
            previous = current;
        }
        return total;
    }
}
