package com.stratum.engine.definition;

/** Which money measure the M of RFM scores: total net spend or the average order value. */
public enum MonetaryBasis {
    TOTAL("monetary"), AVERAGE("avg_order_value");

    private final String feature;

    MonetaryBasis(String feature) {
        this.feature = feature;
    }

    public String feature() {
        return feature;
    }
}
