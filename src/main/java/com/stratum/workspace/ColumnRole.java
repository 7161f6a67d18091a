package com.stratum.workspace;

import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an imported sheet means to the product. Roles are the contract between
 * the importer (which maps headers to roles) and the feature builder (which reads by role).
 */
public enum ColumnRole {
    CUSTOMER_ID, ORDER_ID, DATE, AMOUNT, QUANTITY, UNIT_PRICE,
    CHANNEL, STORE, CATEGORY, BRAND, PRODUCT, DISCOUNT,
    COUNTRY, REGION, CITY, CITY_TIER,
    BIRTH_DATE, AGE, GENDER, INCOME, OCCUPATION, EDUCATION, FAMILY_STATUS, SIGNUP_DATE,
    VALUES, INTERESTS, LIFESTYLE, MOTIVE, PREFERRED_CONTACT,
    NAME, EMAIL, PHONE, ADDRESS;

    /** The lower-case key used on the command line (`--map customer_id=...`) and in the workspace. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for columns that identify a person and may be masked or left out of exports. */
    public boolean isPersonal() {
        return this == NAME || this == EMAIL || this == PHONE || this == ADDRESS;
    }

    public static Optional<ColumnRole> fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ColumnRole r : values()) {
            if (r.key().equals(k)) {
                return Optional.of(r);
            }
        }
        if (k.equals("customer") || k.equals("customerid")) {
            return Optional.of(CUSTOMER_ID);
        }
        if (k.equals("order") || k.equals("orderid") || k.equals("invoice")) {
            return Optional.of(ORDER_ID);
        }
        if (k.equals("price")) {
            return Optional.of(UNIT_PRICE);
        }
        return Optional.empty();
    }
}
