package com.stratum.exports.sample;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One generated order (or return) waiting to be written in time order. */
final class SampleOrder {

    /** -1 for an anonymous walk-in purchase. */
    final int customer;
    /** Local date-time as seconds since 1970-01-01T00:00 (no zone: a primitive, so a month of orders stays small). */
    final long seconds;
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
        this.seconds = time.toEpochSecond(ZoneOffset.UTC);
        this.channel = channel;
        this.store = store;
        this.city = city;
        this.isReturn = isReturn;
        this.category = new int[lines];
        this.brand = new int[lines];
        this.quantity = new int[lines];
        this.unitCents = new long[lines];
    }

    LocalDateTime time() {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    /** Days since 1970-01-01. */
    long epochDay() {
        return Math.floorDiv(seconds, 86_400L);
    }

    int lines() {
        return category.length;
    }
}
