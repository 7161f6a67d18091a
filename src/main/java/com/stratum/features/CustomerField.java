package com.stratum.features;

/** Text attributes of a customer from the customers sheet, stored as int codes + levels. */
public enum CustomerField {
    GENDER, OCCUPATION, EDUCATION, FAMILY_STATUS, COUNTRY, REGION, CITY,
    /** The sheet's own city tier, when it has one (wins over the settings' city table). */
    CITY_TIER,
    /** Income given as text (a band such as "5000-10000") rather than a number. */
    INCOME_TEXT,
    VALUES, INTERESTS, LIFESTYLE, MOTIVE, PREFERRED_CONTACT;

    static final int COUNT = values().length;
}
