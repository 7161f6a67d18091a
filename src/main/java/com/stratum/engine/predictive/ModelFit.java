package com.stratum.engine.predictive;

import java.util.List;

/**
 * One fitted model as the report shows it: parameter names and values (in the model's time unit),
 * the maximised log-likelihood, whether the optimizer converged, and how many likelihood evaluations it took.
 */
public record ModelFit(String model, List<String> parameterNames, double[] parameters, double logLikelihood,
                       boolean converged, int evaluations) {

    public double parameter(String name) {
        int i = parameterNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(model + " has no parameter " + name);
        }
        return parameters[i];
    }

    /** e.g. {@code r=0.2426, alpha=4.414, a=0.7929, b=2.426} */
    public String describeParameters() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parameters.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(parameterNames.get(i)).append('=')
                    .append(String.format(java.util.Locale.ROOT, "%.6g", parameters[i]));
        }
        return sb.toString();
    }
}
