package com.stratum.exports.sample;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the generator wrote.
 *
 * @param customers       rows in the customers workbook
 * @param buyers          customers with at least one purchase in the window
 * @param orders          purchase orders (customers' and anonymous)
 * @param returns         return orders (one negative-quantity line each)
 * @param lines           transaction lines written
 * @param anonymousLines  lines with an empty customer id
 * @param netAmount       sum of all line amounts (purchases minus returns), exact
 */
public record SampleSummary(int customers, int buyers, long orders, long returns, long lines, long anonymousLines,
                            BigDecimal netAmount, LocalDateTime firstTime, LocalDateTime lastTime, List<Path> files) {
}
