package com.stratum.exports;

/**
 * A share written as a fraction (0.125 = 12.5 %): a number in csv, a number with a percent format
 * in xlsx. Lets a caller say "this is a share" without knowing the file format.
 */
public record Percent(double fraction) {
}
