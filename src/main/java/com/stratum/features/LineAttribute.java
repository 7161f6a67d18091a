package com.stratum.features;

/** Optional categorical attributes of a transaction line, each stored as int codes + levels. */
public enum LineAttribute {
    CHANNEL, STORE, CATEGORY, BRAND, COUNTRY, CITY;

    static final int COUNT = values().length;
}
