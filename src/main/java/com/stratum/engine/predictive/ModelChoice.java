package com.stratum.engine.predictive;

/** Which purchase model to use: one of them, or AUTO (smaller holdout error, else higher log-likelihood). */
public enum ModelChoice {
    BGNBD("bgnbd"),
    PARETO_NBD("pareto-nbd"),
    AUTO("auto");

    private final String cliName;

    ModelChoice(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static ModelChoice parse(String s) {
        for (ModelChoice c : values()) {
            if (c.cliName.equalsIgnoreCase(s.trim()) || c.name().equalsIgnoreCase(s.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown model '" + s + "' (use bgnbd, pareto-nbd or auto)");
    }
}
