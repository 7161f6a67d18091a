package com.stratum.engine.definition;

/** Which end of a measure earns the top score. Recency: lower days are better. */
public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }
