package com.stratum.features;

/** How returns enter {@code monetary}: NET (purchases minus returns, the default) or GROSS (purchases only). */
public enum ReturnsPolicy {
    NET, GROSS
}
