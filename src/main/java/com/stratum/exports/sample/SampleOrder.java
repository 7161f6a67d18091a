package com.stratum.exports.sample;

import java.time.LocalDateTime;

/** One generated order (or return) waiting to be written in time order. */
final class SampleOrder {

    /** -1 for an anonymous walk-in purchase. */
    final int customer;
    final LocalDateTime time;
    final int channel;
    /** Index into STORES, or -1 for the web shop / the app. */
    final int store;
    /** Where the order went: the customer's city online, the store's city in store. */
    final int city;
    final boolean isReturn;
    final int[] category;
    final int[] brand;
    final int[] quantity;
    final long[] unitCents;

    SampleOrder(int customer, LocalDateTime time, int channel, int store, int city, boolean isReturn, int lines) {
        this.customer = customer;
        this.time = time;
        this.channel = channel;
        this.store = store;
        this.city = city;
        this.isReturn = isReturn;
        this.category = new int[lines];
        this.brand = new int[lines];
        this.quantity = new int[lines];
        this.unitCents = new long[lines];
    }

    int lines() {
        return category.length;
    }
}
