package com.stratum.engine.predictive;

/**
 * The transaction lines the models read, as parallel primitive arrays (one entry per line):
 * {@code customer[i]} indexes {@code customerIds}, {@code epochDay[i]} is the line's calendar date
 * as {@link java.time.LocalDate#toEpochDay()}, {@code amountCents[i]} its signed net amount.
 * Lines without a customer are not given here.
 */
public record PurchaseLog(String[] customerIds, int[] customer, int[] epochDay, long[] amountCents) {

    public PurchaseLog {
        if (customer.length != epochDay.length || customer.length != amountCents.length) {
            throw new IllegalArgumentException("customer, epochDay and amountCents must have the same length");
        }
    }

    public int lines() {
        return customer.length;
    }
}
