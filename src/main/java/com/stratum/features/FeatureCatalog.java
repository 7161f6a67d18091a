package com.stratum.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.stratum.features.FeatureFamily.BEHAVIORAL;
import static com.stratum.features.FeatureFamily.DEMOGRAPHIC;
import static com.stratum.features.FeatureFamily.GEOGRAPHIC;
import static com.stratum.features.FeatureFamily.PSYCHOGRAPHIC;
import static com.stratum.features.FeatureFamily.RFM;
import static com.stratum.features.FeatureType.CATEGORICAL;
import static com.stratum.features.FeatureType.DATE;
import static com.stratum.features.FeatureType.MONEY;
import static com.stratum.features.FeatureType.NUMERIC;

/**
 * Every feature {@link FeatureBuilder} produces, in frame column order. The keys are the contract
 * with the engine, the exports and the UI: never rename one.
 */
public final class FeatureCatalog {

    public static final String RECENCY_DAYS = "recency_days";
    public static final String FREQUENCY = "frequency";
    public static final String MONETARY = "monetary";
    public static final String GROSS_MONETARY = "gross_monetary";
    public static final String RETURNS = "returns";
    public static final String RETURN_RATE = "return_rate";
    public static final String AVG_ORDER_VALUE = "avg_order_value";
    public static final String FIRST_PURCHASE = "first_purchase";
    public static final String LAST_PURCHASE = "last_purchase";
    public static final String TENURE_DAYS = "tenure_days";
    public static final String MEAN_DAYS_BETWEEN = "mean_days_between";
    public static final String SHARE_MORNING = "share_morning";
    public static final String SHARE_AFTERNOON = "share_afternoon";
    public static final String SHARE_EVENING = "share_evening";
    public static final String SHARE_NIGHT = "share_night";
    public static final String DAYPART = "daypart";
    public static final String WEEKEND_SHARE = "weekend_share";
    public static final String WEEK_PART = "week_part";
    public static final String ONLINE_SHARE = "online_share";
    public static final String CHANNEL_TYPE = "channel_type";
    public static final String CHANNEL_COUNT = "channel_count";
    public static final String TOP_CHANNEL = "top_channel";
    public static final String TOP_CATEGORY = "top_category";
    public static final String CATEGORY_BREADTH = "category_breadth";
    public static final String TOP_BRAND = "top_brand";
    public static final String BRAND_LOYALTY = "brand_loyalty";
    public static final String TOP_STORE = "top_store";
    public static final String AGE = "age";
    public static final String AGE_BAND = "age_band";
    public static final String GENDER = "gender";
    public static final String INCOME = "income";
    public static final String INCOME_BAND = "income_band";
    public static final String OCCUPATION = "occupation";
    public static final String EDUCATION = "education";
    public static final String FAMILY_STATUS = "family_status";
    public static final String SIGNUP_DATE = "signup_date";
    public static final String COUNTRY = "country";
    public static final String DOMESTIC = "domestic";
    public static final String REGION = "region";
    public static final String CITY = "city";
    public static final String CITY_TIER = "city_tier";
    public static final String VALUES = "values";
    public static final String INTERESTS = "interests";
    public static final String LIFESTYLE = "lifestyle";
    public static final String MOTIVE = "motive";
    public static final String PREFERRED_CONTACT = "preferred_contact";

    public static final List<String> WEEK_PART_LEVELS = List.of("weekday", "weekend", "both");
    public static final List<String> CHANNEL_TYPE_LEVELS = List.of("online_only", "offline_only", "omni_channel");
    public static final List<String> DOMESTIC_LEVELS = List.of("domestic", "international");
    public static final List<String> CITY_TIER_LEVELS = List.of(
            FeatureSettings.TIER_1, FeatureSettings.TIER_2, FeatureSettings.TIER_3);

    private static final Map<String, FeatureInfo> ALL;

    static {
        List<FeatureInfo> l = new ArrayList<>();
        l.add(f(RECENCY_DAYS, NUMERIC, RFM, "Days from the last purchase to the analysis date (a purchase the day before = 1); empty without a purchase"));
        l.add(f(FREQUENCY, NUMERIC, RFM, "Number of purchases (orders with a net amount > 0)"));
        l.add(f(MONETARY, MONEY, RFM, "Spend: net (all lines, purchases minus returns) or gross (purchases only), per the returns setting"));
        l.add(f(GROSS_MONETARY, MONEY, RFM, "Sum of the net amounts of the purchases"));
        l.add(f(AVG_ORDER_VALUE, MONEY, RFM, "Monetary divided by frequency, to the cent; empty without a purchase"));
        l.add(f(FIRST_PURCHASE, DATE, RFM, "Date of the first purchase"));
        l.add(f(LAST_PURCHASE, DATE, RFM, "Date of the last purchase"));
        l.add(f(TENURE_DAYS, NUMERIC, RFM, "Days from the first purchase to the analysis date"));
        l.add(f(RETURNS, NUMERIC, BEHAVIORAL, "Number of returns (orders with a net amount < 0)"));
        l.add(f(RETURN_RATE, NUMERIC, BEHAVIORAL, "Returned amount divided by gross purchases; empty without purchases"));
        l.add(f(MEAN_DAYS_BETWEEN, NUMERIC, BEHAVIORAL, "Mean gap in days between distinct purchase days; empty with fewer than two"));
        l.add(f(SHARE_MORNING, NUMERIC, BEHAVIORAL, "Share of purchases with a known time made in the morning"));
        l.add(f(SHARE_AFTERNOON, NUMERIC, BEHAVIORAL, "Share of purchases with a known time made in the afternoon"));
        l.add(f(SHARE_EVENING, NUMERIC, BEHAVIORAL, "Share of purchases with a known time made in the evening"));
        l.add(f(SHARE_NIGHT, NUMERIC, BEHAVIORAL, "Share of purchases with a known time made at night"));
        l.add(f(DAYPART, CATEGORICAL, BEHAVIORAL, "The part of the day with the most purchases (ties: the earlier part)", Dayparts.LEVELS));
        l.add(f(WEEKEND_SHARE, NUMERIC, BEHAVIORAL, "Share of purchases made on Saturday or Sunday"));
        l.add(f(WEEK_PART, CATEGORICAL, BEHAVIORAL, "Purchases on weekdays only, weekends only, or both", WEEK_PART_LEVELS));
        l.add(f(ONLINE_SHARE, NUMERIC, BEHAVIORAL, "Share of purchases with a known channel made in an online channel"));
        l.add(f(CHANNEL_TYPE, CATEGORICAL, BEHAVIORAL, "Online only, offline only, or both (omni-channel)", CHANNEL_TYPE_LEVELS));
        l.add(f(CHANNEL_COUNT, NUMERIC, BEHAVIORAL, "Number of distinct channels purchased in"));
        l.add(f(TOP_CHANNEL, CATEGORICAL, BEHAVIORAL, "Channel with the most purchases"));
        l.add(f(TOP_CATEGORY, CATEGORICAL, BEHAVIORAL, "Category with the most purchase spend"));
        l.add(f(CATEGORY_BREADTH, NUMERIC, BEHAVIORAL, "Number of distinct categories purchased"));
        l.add(f(TOP_BRAND, CATEGORICAL, BEHAVIORAL, "Brand with the most purchase spend"));
        l.add(f(BRAND_LOYALTY, NUMERIC, BEHAVIORAL, "Share of purchase spend on the top brand"));
        l.add(f(TOP_STORE, CATEGORICAL, BEHAVIORAL, "Store with the most purchases"));
        l.add(f(AGE, NUMERIC, DEMOGRAPHIC, "Age in whole years at the analysis date (from the birth date, else the age column)"));
        l.add(f(AGE_BAND, CATEGORICAL, DEMOGRAPHIC, "Age band (bands are a setting)"));
        l.add(f(GENDER, CATEGORICAL, DEMOGRAPHIC, "Gender as given in the customers sheet"));
        l.add(f(INCOME, NUMERIC, DEMOGRAPHIC, "Income as given in the customers sheet"));
        l.add(f(INCOME_BAND, CATEGORICAL, DEMOGRAPHIC, "Income band (bands are a setting; a text income is kept as given)"));
        l.add(f(OCCUPATION, CATEGORICAL, DEMOGRAPHIC, "Occupation"));
        l.add(f(EDUCATION, CATEGORICAL, DEMOGRAPHIC, "Education"));
        l.add(f(FAMILY_STATUS, CATEGORICAL, DEMOGRAPHIC, "Family status"));
        l.add(f(SIGNUP_DATE, DATE, DEMOGRAPHIC, "Sign-up date"));
        l.add(f(COUNTRY, CATEGORICAL, GEOGRAPHIC, "Country (customers sheet, else the country of most of the customer's lines)"));
        l.add(f(DOMESTIC, CATEGORICAL, GEOGRAPHIC, "Domestic when the country is the home country (a setting; by default the most frequent)", DOMESTIC_LEVELS));
        l.add(f(REGION, CATEGORICAL, GEOGRAPHIC, "Region"));
        l.add(f(CITY, CATEGORICAL, GEOGRAPHIC, "City (customers sheet, else the city of most of the customer's lines)"));
        l.add(f(CITY_TIER, CATEGORICAL, GEOGRAPHIC, "City tier: the sheet's own, else from the editable city table (unlisted cities: tier 3 at home, empty abroad)"));
        l.add(f(VALUES, CATEGORICAL, PSYCHOGRAPHIC, "What the customer values (survey)"));
        l.add(f(INTERESTS, CATEGORICAL, PSYCHOGRAPHIC, "Interests (survey)"));
        l.add(f(LIFESTYLE, CATEGORICAL, PSYCHOGRAPHIC, "Lifestyle (survey)"));
        l.add(f(MOTIVE, CATEGORICAL, PSYCHOGRAPHIC, "Consumption motive (survey)"));
        l.add(f(PREFERRED_CONTACT, CATEGORICAL, PSYCHOGRAPHIC, "Preferred contact channel"));
        Map<String, FeatureInfo> m = new LinkedHashMap<>();
        for (FeatureInfo i : l) {
            m.put(i.key(), i);
        }
        ALL = Collections.unmodifiableMap(m);
    }

    private FeatureCatalog() {
    }

    private static FeatureInfo f(String key, FeatureType type, FeatureFamily family, String description) {
        return new FeatureInfo(key, type, family, description, List.of());
    }

    private static FeatureInfo f(String key, FeatureType type, FeatureFamily family, String description,
                                 List<String> levels) {
        return new FeatureInfo(key, type, family, description, levels);
    }

    /** Every feature, in frame column order. */
    public static List<FeatureInfo> all() {
        return List.copyOf(ALL.values());
    }

    public static List<String> keys() {
        return List.copyOf(ALL.keySet());
    }

    public static Optional<FeatureInfo> find(String key) {
        return Optional.ofNullable(ALL.get(key));
    }

    public static List<FeatureInfo> family(FeatureFamily family) {
        return ALL.values().stream().filter(i -> i.family() == family).toList();
    }
}
