package com.stratum.features;

/** The customer frame and the report of what went into it. */
public record FeatureResult(CustomerFrame frame, FeatureReport report) {
}
