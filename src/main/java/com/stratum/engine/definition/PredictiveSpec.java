package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Room for the predictive part (BG/NBD + Gamma-Gamma): the model and its horizon. The predictive
 * scores ({@code p_alive}, {@code expected_purchases}, {@code clv}, {@code churn_risk}) arrive as
 * frame columns and are used by criteria and tiers like any other feature.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"model", "horizonDays"})
public record PredictiveSpec(String model, Integer horizonDays) {
}
