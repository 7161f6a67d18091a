package com.stratum.engine;

/** A customer whose segment differs between baseline and scenario ({@code (none)} when absent on a side). */
public record Mover(String customerId, String from, String to) {
}
