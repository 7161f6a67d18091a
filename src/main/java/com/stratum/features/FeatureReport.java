package com.stratum.features;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What went into a feature build: every transaction line is either counted, anonymous (no customer
 * id; counted in the totals but belonging to no customer) or on/after the analysis date (excluded).
 *
 * @param linesRead           all lines in the transaction table
 * @param linesCounted        lines dated before the analysis date that belong to a customer
 * @param anonymousLines      lines before the analysis date with an empty customer id
 * @param anonymousCents      their amount
 * @param linesAfterAsOf      lines dated on or after the analysis date (excluded)
 * @param afterAsOfCents      their amount
 * @param customers           rows of the frame
 * @param customersWithPurchases customers with frequency > 0
 * @param customersWithoutLines  customers only in the customers sheet (no counted line)
 * @param homeCountry         the home country used for {@code domestic} ("" when no country is known)
 */
public record FeatureReport(LocalDate asOf, ReturnsPolicy returnsPolicy, String homeCountry,
                            long linesRead, long linesCounted, long anonymousLines, long anonymousCents,
                            long linesAfterAsOf, long afterAsOfCents, int customers,
                            int customersWithPurchases, int customersWithoutLines) {

    public BigDecimal anonymousAmount() {
        return Money.amount(anonymousCents);
    }

    public BigDecimal afterAsOfAmount() {
        return Money.amount(afterAsOfCents);
    }
}
