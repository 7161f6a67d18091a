package com.stratum.features;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The choices behind the customer features (plain value; change it with the {@code with...}
 * methods). Defaults follow DESIGN.md "Customer measures".
 *
 * @param asOf             the analysis date; null = the calendar day after the latest transaction date
 * @param returnsPolicy    NET (purchases minus returns) or GROSS (purchases only) for {@code monetary}
 * @param homeCountry      the country counted as domestic; empty = the most frequent customer country
 * @param onlineChannels   channel values that count as online (compared ignoring case, width, spaces, - and _,
 *                         and by canonical kind, see {@link ChannelKinds})
 * @param dayparts         where morning, afternoon, evening and night start
 * @param cityTiers        city → tier level (cities compared ignoring case, spaces and a trailing 市/city);
 *                         a city missing from the table is {@link #OTHER_CITY_TIER} for a domestic
 *                         customer (or one of unknown country) and has no tier abroad
 * @param ageBandBounds    ascending ages where a new band starts, e.g. 25, 35 → "<25", "25-34", "35+"
 * @param incomeBandBounds ascending incomes where a new band starts
 */
public record FeatureSettings(LocalDate asOf, ReturnsPolicy returnsPolicy, String homeCountry,
                              Set<String> onlineChannels, Dayparts dayparts, Map<String, String> cityTiers,
                              List<Integer> ageBandBounds, List<BigDecimal> incomeBandBounds) {

    public static final String TIER_1 = "tier_1";
    public static final String TIER_2 = "tier_2";
    public static final String TIER_3 = "tier_3";
    /** The tier of a city the table does not list. */
    public static final String OTHER_CITY_TIER = TIER_3;

    public static final List<String> DEFAULT_ONLINE_CHANNELS = List.of(
            "online", "mobile", "app", "mobile app", "web", "website", "e-shop", "e-commerce", "webshop",
            "online store", "marketplace", "mini program", "wechat", "social commerce", "live stream",
            "线上", "网店", "网上商城", "官网", "移动", "移动端", "手机", "小程序", "电商", "天猫", "淘宝",
            "京东", "拼多多", "抖音", "直播", "微信");

    public static final List<Integer> DEFAULT_AGE_BANDS = List.of(25, 35, 45, 55, 65);

    /** Monthly income bands in the sheet's currency (edit them for annual figures). */
    public static final List<BigDecimal> DEFAULT_INCOME_BANDS = List.of(
            new BigDecimal("3000"), new BigDecimal("5000"), new BigDecimal("10000"), new BigDecimal("20000"));

    public FeatureSettings {
        Objects.requireNonNull(returnsPolicy, "returnsPolicy");
        Objects.requireNonNull(dayparts, "dayparts");
        homeCountry = homeCountry == null ? "" : homeCountry.strip();
        onlineChannels = Set.copyOf(onlineChannels);
        cityTiers = Map.copyOf(cityTiers);
        ageBandBounds = List.copyOf(ageBandBounds);
        incomeBandBounds = List.copyOf(incomeBandBounds);
        for (int i = 1; i < ageBandBounds.size(); i++) {
            if (ageBandBounds.get(i) <= ageBandBounds.get(i - 1)) {
                throw new IllegalArgumentException("Age bands must ascend: " + ageBandBounds);
            }
        }
        for (int i = 1; i < incomeBandBounds.size(); i++) {
            if (incomeBandBounds.get(i).compareTo(incomeBandBounds.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("Income bands must ascend: " + incomeBandBounds);
            }
        }
    }

    public static FeatureSettings defaults() {
        return new FeatureSettings(null, ReturnsPolicy.NET, "", new LinkedHashSet<>(DEFAULT_ONLINE_CHANNELS),
                Dayparts.DEFAULT, CityTierTable.defaults(), DEFAULT_AGE_BANDS, DEFAULT_INCOME_BANDS);
    }

    public FeatureSettings withAsOf(LocalDate date) {
        return new FeatureSettings(date, returnsPolicy, homeCountry, onlineChannels, dayparts, cityTiers,
                ageBandBounds, incomeBandBounds);
    }

    public FeatureSettings withReturnsPolicy(ReturnsPolicy policy) {
        return new FeatureSettings(asOf, policy, homeCountry, onlineChannels, dayparts, cityTiers,
                ageBandBounds, incomeBandBounds);
    }

    public FeatureSettings withHomeCountry(String country) {
        return new FeatureSettings(asOf, returnsPolicy, country, onlineChannels, dayparts, cityTiers,
                ageBandBounds, incomeBandBounds);
    }

    public FeatureSettings withOnlineChannels(Set<String> channels) {
        return new FeatureSettings(asOf, returnsPolicy, homeCountry, channels, dayparts, cityTiers,
                ageBandBounds, incomeBandBounds);
    }

    public FeatureSettings withDayparts(Dayparts parts) {
        return new FeatureSettings(asOf, returnsPolicy, homeCountry, onlineChannels, parts, cityTiers,
                ageBandBounds, incomeBandBounds);
    }

    public FeatureSettings withCityTiers(Map<String, String> tiers) {
        return new FeatureSettings(asOf, returnsPolicy, homeCountry, onlineChannels, dayparts, tiers,
                ageBandBounds, incomeBandBounds);
    }

    public FeatureSettings withAgeBands(List<Integer> bounds) {
        return new FeatureSettings(asOf, returnsPolicy, homeCountry, onlineChannels, dayparts, cityTiers,
                bounds, incomeBandBounds);
    }

    public FeatureSettings withIncomeBands(List<BigDecimal> bounds) {
        return new FeatureSettings(asOf, returnsPolicy, homeCountry, onlineChannels, dayparts, cityTiers,
                ageBandBounds, bounds);
    }

    /**
     * True when a channel value counts as online: the value itself is listed, or its canonical kind
     * ({@link ChannelKinds}) is, or a listed value has the same kind (so "线上" listed makes "online" count).
     */
    public boolean isOnline(String channel) {
        String key = channelKey(channel);
        String kind = ChannelKinds.kindOf(channel);
        for (String c : onlineChannels) {
            if (channelKey(c).equals(key) || (kind != null && kind.equals(ChannelKinds.kindOf(c)))) {
                return true;
            }
        }
        return false;
    }

    static String channelKey(String channel) {
        return ChannelKinds.key(channel);
    }

    /** The tier level of a city: from the table, else {@link #OTHER_CITY_TIER}. */
    public String tierOf(String city) {
        String listed = listedTierOf(city);
        return listed == null ? OTHER_CITY_TIER : listed;
    }

    /** The tier level the table gives a city, or null when the table does not list it. */
    public String listedTierOf(String city) {
        String key = CityTierTable.key(city);
        for (Map.Entry<String, String> e : cityTiers.entrySet()) {
            if (CityTierTable.key(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Age band labels in order, e.g. "<25", "25-34", ..., "65+". */
    public List<String> ageBandLevels() {
        return bandLabels(ageBandBounds.stream().map(BigDecimal::valueOf).toList());
    }

    public List<String> incomeBandLevels() {
        return bandLabels(incomeBandBounds);
    }

    /** Index into {@link #ageBandLevels()} of an age in years. */
    public int ageBand(double age) {
        int band = 0;
        while (band < ageBandBounds.size() && age >= ageBandBounds.get(band)) {
            band++;
        }
        return band;
    }

    /** Index into {@link #incomeBandLevels()} of an income. */
    public int incomeBand(double income) {
        int band = 0;
        while (band < incomeBandBounds.size() && income >= incomeBandBounds.get(band).doubleValue()) {
            band++;
        }
        return band;
    }

    /** "<a", "a-(b-1)", ..., "z+" for whole-number bounds; "a-<b" otherwise. */
    private static List<String> bandLabels(List<BigDecimal> bounds) {
        List<String> out = new ArrayList<>();
        if (bounds.isEmpty()) {
            out.add("all");
            return out;
        }
        out.add("<" + bounds.get(0).toPlainString());
        for (int i = 1; i < bounds.size(); i++) {
            BigDecimal lo = bounds.get(i - 1);
            BigDecimal hi = bounds.get(i);
            boolean whole = lo.stripTrailingZeros().scale() <= 0 && hi.stripTrailingZeros().scale() <= 0;
            out.add(lo.toPlainString() + "-" + (whole ? hi.subtract(BigDecimal.ONE).toPlainString()
                    : "<" + hi.toPlainString()));
        }
        out.add(bounds.get(bounds.size() - 1).toPlainString() + "+");
        return out;
    }

    /** A mutable copy of the city table, for editing. */
    public Map<String, String> cityTierTable() {
        return new LinkedHashMap<>(cityTiers);
    }
}
