package com.stratum.engine.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Scoring of one RFM dimension. {@code bins} is the number of scores (3, 4 or 5) for the quantile
 * methods; for {@link ScoringMethod#BREAKPOINTS} the scores are 1..breakpoints.size()+1.
 * Breakpoints are in the measure's own unit (days, purchases, currency units), ascending.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"method", "bins", "breakpoints", "direction"})
public record RfmDimension(ScoringMethod method, int bins, List<Double> breakpoints, Direction direction) {

    public RfmDimension {
        method = method == null ? ScoringMethod.QUANTILE : method;
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        breakpoints = breakpoints == null ? null : List.copyOf(breakpoints);
        if (method == ScoringMethod.BREAKPOINTS) {
            if (breakpoints == null || breakpoints.isEmpty()) {
                throw new DefinitionException("Fixed-breakpoint scoring needs at least one breakpoint");
            }
            for (int i = 1; i < breakpoints.size(); i++) {
                if (breakpoints.get(i) < breakpoints.get(i - 1)) {
                    throw new DefinitionException("Breakpoints must be ascending: " + breakpoints);
                }
            }
            bins = breakpoints.size() + 1;
        } else if (bins < 2 || bins > 10) {
            throw new DefinitionException("An RFM dimension needs 2 to 10 bins, not " + bins);
        }
    }

    public static RfmDimension quantiles(int bins, Direction direction) {
        return new RfmDimension(ScoringMethod.QUANTILE, bins, null, direction);
    }

    public static RfmDimension rCompatible(int bins, Direction direction) {
        return new RfmDimension(ScoringMethod.R_RFM, bins, null, direction);
    }

    public static RfmDimension breakpoints(List<Double> breakpoints, Direction direction) {
        return new RfmDimension(ScoringMethod.BREAKPOINTS, breakpoints.size() + 1, breakpoints, direction);
    }

    /** What-if: the same dimension with breakpoint {@code index} moved. */
    public RfmDimension withBreakpoint(int index, double value) {
        java.util.ArrayList<Double> b = new java.util.ArrayList<>(breakpoints);
        b.set(index, value);
        return new RfmDimension(method, bins, b, direction);
    }

    public RfmDimension withBins(int newBins) {
        return new RfmDimension(method, newBins, breakpoints, direction);
    }
}
