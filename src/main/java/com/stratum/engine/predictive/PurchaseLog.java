package com.stratum.engine.predictive;

import com.stratum.features.TransactionTable;

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

    /**
     * The customer lines of a {@link TransactionTable} (anonymous lines are left out: they belong to no
     * customer's history). Customer codes and ids are the table's own.
     */
    public static PurchaseLog from(TransactionTable t) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.customer(i) != TransactionTable.ANONYMOUS) {
                n++;
            }
        }
        int[] customer = new int[n];
        int[] day = new int[n];
        long[] cents = new long[n];
        for (int i = 0, k = 0; i < t.size(); i++) {
            int c = t.customer(i);
            if (c != TransactionTable.ANONYMOUS) {
                customer[k] = c;
                day[k] = t.epochDay(i);
                cents[k] = t.cents(i);
                k++;
            }
        }
        String[] ids = new String[t.customerCount()];
        for (int c = 0; c < ids.length; c++) {
            ids[c] = t.customerId(c);
        }
        return new PurchaseLog(ids, customer, day, cents);
    }

    public int lines() {
        return customer.length;
    }
}
