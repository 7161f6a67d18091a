package com.stratum.ui.results;

import java.time.LocalDate;

/** One transaction line of a customer's purchase history (amount exact, in cents; negative = return). */
public record PurchaseLine(LocalDate date, String time, String order, long cents, String channel) {
}
