package com.stratum.engine.definition;

/** Tiers computed inside each segment, or once over every customer. */
public enum TierScope { PER_SEGMENT, EVERYONE }
