package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * The RFM part of a definition: how each of recency ({@code recency_days}), frequency
 * ({@code frequency}) and monetary ({@code monetary} or {@code avg_order_value}) is scored. It adds
 * the score columns {@code r_score}, {@code f_score}, {@code m_score} and {@code rfm_score}
 * (100 r + 10 f + m) that the segments' criteria then test ("named segments from score rules").
 * Only customers with a purchase (recency present) are scored; the others have empty scores.
 */
@JsonPropertyOrder({"recency", "frequency", "monetary", "monetaryBasis"})
public record RfmScoring(RfmDimension recency, RfmDimension frequency, RfmDimension monetary,
                         MonetaryBasis monetaryBasis) {

    public static final String RECENCY_FEATURE = "recency_days";
    public static final String FREQUENCY_FEATURE = "frequency";
    public static final String R_SCORE = "r_score";
    public static final String F_SCORE = "f_score";
    public static final String M_SCORE = "m_score";
    public static final String RFM_SCORE = "rfm_score";

    public RfmScoring {
        Objects.requireNonNull(recency, "recency");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(monetary, "monetary");
        monetaryBasis = monetaryBasis == null ? MonetaryBasis.TOTAL : monetaryBasis;
    }

    /** 1..n quantile scores on each dimension, recent = best. */
    public static RfmScoring quantiles(int bins) {
        return new RfmScoring(RfmDimension.quantiles(bins, Direction.LOWER_IS_BETTER),
                RfmDimension.quantiles(bins, Direction.HIGHER_IS_BETTER),
                RfmDimension.quantiles(bins, Direction.HIGHER_IS_BETTER), MonetaryBasis.TOTAL);
    }

    public String monetaryFeature() {
        return monetaryBasis.feature();
    }

    public RfmScoring withRecency(RfmDimension d) {
        return new RfmScoring(d, frequency, monetary, monetaryBasis);
    }

    public RfmScoring withFrequency(RfmDimension d) {
        return new RfmScoring(recency, d, monetary, monetaryBasis);
    }

    public RfmScoring withMonetary(RfmDimension d) {
        return new RfmScoring(recency, frequency, d, monetaryBasis);
    }
}
