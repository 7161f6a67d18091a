package com.stratum.engine;

import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Direction;
import com.stratum.engine.definition.MonetaryBasis;
import com.stratum.engine.definition.RfmDimension;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;
import com.stratum.engine.definition.TierMethod;
import com.stratum.engine.definition.TierScope;
import com.stratum.engine.definition.TierSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import static com.stratum.engine.definition.Condition.between;
import static com.stratum.engine.definition.Condition.contains;
import static com.stratum.engine.definition.Condition.eq;
import static com.stratum.engine.definition.Condition.ge;
import static com.stratum.engine.definition.Condition.gt;
import static com.stratum.engine.definition.Condition.isEmpty;
import static com.stratum.engine.definition.Condition.le;
import static com.stratum.engine.definition.Condition.lt;
import static com.stratum.engine.definition.Condition.notEmpty;
import static com.stratum.engine.definition.Condition.textEquals;
import static com.stratum.engine.definition.Criterion.and;
import static com.stratum.engine.definition.Criterion.or;

/**
 * The definitions every workspace has without saving them: {@code rfm-standard}, {@code rfm-r} and
 * one template per family. Names, descriptions and strategies come from the
 * {@code com/stratum/i18n/templates} bundle (English text stored in the definition, the key kept
 * in {@code i18nKey} so the window can show the user's language). All are version 0 (saved
 * versions start at 1).
 */
public final class BuiltInDefinitions {

    public static final String BUNDLE = "com.stratum.i18n.templates";
    public static final String RFM_STANDARD = "rfm-standard";
    public static final String RFM_R = "rfm-r";

    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final Map<String, Definition> ALL = build();

    private BuiltInDefinitions() {
    }

    /** Every built-in, rfm-standard first, in the order the template gallery shows them. */
    public static List<Definition> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Definition> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static boolean isBuiltIn(String name) {
        return ALL.containsKey(name);
    }

    public static Definition rfmStandard() {
        return ALL.get(RFM_STANDARD);
    }

    public static Definition rfmR() {
        return ALL.get(RFM_R);
    }

    private static Map<String, Definition> build() {
        Map<String, Definition> m = new LinkedHashMap<>();
        for (Definition d : List.of(rfmStandardDef(), rfmRDef(), demographic(), behavioralFrequency(), behavioralValue(),
                behavioralDaypart(), behavioralChannel(), behavioralBrandLoyalty(), geographicDomestic(),
                geographicCityTier(), psychographic(), combinedChannelValue(), clustering(), predictive())) {
            m.put(d.name(), d);
        }
        return m;
    }

    private static String text(String key) {
        return EN.getString(key);
    }

    private static SegmentSpec seg(String i18nKey, String colour, Criterion criteria) {
        String key = i18nKey.substring(i18nKey.indexOf('.') + 1);
        return new SegmentSpec(key, text(i18nKey + ".name"), colour, text(i18nKey + ".description"),
                text(i18nKey + ".strategy"), i18nKey, criteria);
    }

    private static SegmentSpec catchAll(String i18nKey) {
        return seg(i18nKey, "#9E9E9E", null);
    }

    private static Definition def(String name, String family, RfmScoring rfm, ClusteringSpec clustering,
                                  List<SegmentSpec> segments, SegmentSpec other, TierSpec tiers) {
        return new Definition(name, 0, family, text("def." + name + ".description"), rfm, clustering, segments, other,
                tiers, null);
    }

    /** Frequency 0 or an empty recency: no purchase before the analysis date, so no RFM scores. */
    private static SegmentSpec noPurchases() {
        return seg("common.no_purchases", "#BDBDBD", or(le("frequency", 0), isEmpty("recency_days")));
    }

    /**
     * rfm-standard: each of R, F, M scored 1-5 by quintiles of the customers with a purchase (equal
     * values equal scores, recent = 5). First match wins, in this order (documented in docs/ENGINE.md;
     * over the R x F grid the 11 rules cover every score combination, M separates Champions from
     * Loyal Customers and Can't Lose Them from At Risk):
     */
    private static Definition rfmStandardDef() {
        List<SegmentSpec> s = new ArrayList<>();
        s.add(noPurchases());
        s.add(seg("rfm.champions", "#1B5E20", and(ge("r_score", 4), ge("f_score", 4), ge("m_score", 4))));
        s.add(seg("rfm.loyal", "#43A047", and(ge("r_score", 3), ge("f_score", 4))));
        s.add(seg("rfm.potential_loyalists", "#7CB342", and(ge("r_score", 4), between("f_score", 2, 3))));
        s.add(seg("rfm.new", "#00ACC1", and(eq("r_score", 5), eq("f_score", 1))));
        s.add(seg("rfm.promising", "#4FC3F7", and(eq("r_score", 4), eq("f_score", 1))));
        s.add(seg("rfm.need_attention", "#FDD835", and(eq("r_score", 3), between("f_score", 2, 3))));
        s.add(seg("rfm.about_to_sleep", "#FFB300", and(eq("r_score", 3), eq("f_score", 1))));
        s.add(seg("rfm.cant_lose", "#D81B60", and(le("r_score", 2), ge("f_score", 4), ge("m_score", 4))));
        s.add(seg("rfm.at_risk", "#E53935", and(le("r_score", 2), ge("f_score", 3))));
        s.add(seg("rfm.hibernating", "#8D6E63", and(eq("r_score", 2), le("f_score", 2))));
        s.add(seg("rfm.lost", "#616161", and(eq("r_score", 1), le("f_score", 2))));
        return def(RFM_STANDARD, "rfm", RfmScoring.quantiles(5), null, s, catchAll("common.other"), null);
    }

    /**
     * rfm-r: R package rfm 0.3.0. Scores as {@code rfm_table_order} (R/rfm-table-transaction.R,
     * R/utils.R: breaks at type-7 quantiles + 1, bins [lower, upper), recency score 5 = most recent).
     * Segments as printed in the package README and the {@code rfm_segment} example:
     * <pre>
     * segment_names &lt;- c("Champions", "Potential Loyalist", "Loyal Customers",
     *                    "Promising", "New Customers", "Can't Lose Them",
     *                    "At Risk", "Need Attention", "About To Sleep", "Lost")
     * recency_lower &lt;-   c(5, 3, 2, 3, 4, 1, 1, 1, 2, 1)
     * recency_upper &lt;-   c(5, 5, 4, 4, 5, 2, 2, 3, 3, 1)
     * frequency_lower &lt;- c(5, 3, 2, 1, 1, 3, 2, 3, 1, 1)
     * frequency_upper &lt;- c(5, 5, 4, 3, 3, 4, 5, 5, 3, 5)
     * monetary_lower &lt;-  c(5, 2, 2, 3, 1, 4, 4, 3, 1, 1)
     * monetary_upper &lt;-  c(5, 5, 4, 5, 5, 5, 5, 5, 4, 5)
     * </pre>
     * {@code rfm_segment} assigns {@code between(lower, upper)} on all three scores, skipping rows that
     * already have a segment (first match wins), and names the rest "Others". Customers without a
     * purchase do not exist in the R table; here they go to "No Purchases" first.
     */
    private static Definition rfmRDef() {
        String[] keys = {"champions", "potential_loyalist", "loyal", "promising", "new", "cant_lose", "at_risk",
                "need_attention", "about_to_sleep", "lost"};
        String[] colours = {"#1B5E20", "#7CB342", "#43A047", "#4FC3F7", "#00ACC1", "#D81B60", "#E53935", "#FDD835",
                "#FFB300", "#616161"};
        int[] rl = {5, 3, 2, 3, 4, 1, 1, 1, 2, 1};
        int[] ru = {5, 5, 4, 4, 5, 2, 2, 3, 3, 1};
        int[] fl = {5, 3, 2, 1, 1, 3, 2, 3, 1, 1};
        int[] fu = {5, 5, 4, 3, 3, 4, 5, 5, 3, 5};
        int[] ml = {5, 2, 2, 3, 1, 4, 4, 3, 1, 1};
        int[] mu = {5, 5, 4, 5, 5, 5, 5, 5, 4, 5};
        List<SegmentSpec> s = new ArrayList<>();
        s.add(noPurchases());
        for (int i = 0; i < keys.length; i++) {
            s.add(seg("rfmr." + keys[i], colours[i], and(between("r_score", rl[i], ru[i]),
                    between("f_score", fl[i], fu[i]), between("m_score", ml[i], mu[i]))));
        }
        RfmScoring rfm = new RfmScoring(RfmDimension.rCompatible(5, Direction.LOWER_IS_BETTER),
                RfmDimension.rCompatible(5, Direction.HIGHER_IS_BETTER),
                RfmDimension.rCompatible(5, Direction.HIGHER_IS_BETTER), MonetaryBasis.TOTAL);
        return def(RFM_R, "rfm", rfm, null, s, catchAll("common.others"), null);
    }

    private static List<TierLevel> levels(String... i18nKeysAndColours) {
        List<TierLevel> out = new ArrayList<>();
        for (int i = 0; i < i18nKeysAndColours.length; i += 2) {
            String k = i18nKeysAndColours[i];
            out.add(new TierLevel(k.substring(k.indexOf('.') + 1), text(k + ".name"), i18nKeysAndColours[i + 1], k));
        }
        return out;
    }

    private static Definition demographic() {
        List<SegmentSpec> s = List.of(
                seg("demo.young", "#29B6F6", lt("age", 30)),
                seg("demo.established", "#26A69A", between("age", 30, 44)),
                seg("demo.mature", "#7E57C2", between("age", 45, 59)),
                seg("demo.senior", "#8D6E63", ge("age", 60)));
        TierSpec income = new TierSpec("income", TierMethod.QUANTILES, TierScope.PER_SEGMENT, List.of(0.2, 0.4),
                levels("demo.income_high", "#1B5E20", "demo.income_mid", "#7CB342", "demo.income_low", "#C5E1A5"));
        return def("demographic", "demographic", null, null, s, catchAll("common.unknown"), income);
    }

    private static Definition behavioralFrequency() {
        List<SegmentSpec> s = List.of(
                seg("freq.high", "#1B5E20", ge("frequency", 8)),
                seg("freq.mid", "#7CB342", between("frequency", 3, 7)),
                seg("freq.low", "#FFB300", between("frequency", 1, 2)));
        return def("behavioral-frequency", "behavioral", null, null, s, catchAll("common.no_purchases"), null);
    }

    private static Definition behavioralValue() {
        List<SegmentSpec> s = List.of(
                seg("value.high", "#1B5E20", ge("monetary", 1000)),
                seg("value.mid", "#7CB342", and(ge("monetary", 200), lt("monetary", 1000))),
                seg("value.low", "#FFB300", and(gt("monetary", 0), lt("monetary", 200))));
        return def("behavioral-value", "behavioral", null, null, s, catchAll("value.none"), null);
    }

    private static Definition behavioralDaypart() {
        List<SegmentSpec> s = List.of(
                seg("daypart.morning", "#FFD54F", textEquals("daypart", "morning")),
                seg("daypart.afternoon", "#FF8A65", textEquals("daypart", "afternoon")),
                seg("daypart.evening", "#5C6BC0", textEquals("daypart", "evening")),
                seg("daypart.night", "#263238", textEquals("daypart", "night")));
        return def("behavioral-daypart", "behavioral", null, null, s, catchAll("common.unknown"), null);
    }

    private static Definition behavioralChannel() {
        List<SegmentSpec> s = List.of(
                seg("channel.omni", "#6A1B9A", textEquals("channel_type", "omni_channel")),
                seg("channel.online", "#1E88E5", textEquals("channel_type", "online_only")),
                seg("channel.offline", "#F4511E", textEquals("channel_type", "offline_only")));
        return def("behavioral-channel", "behavioral", null, null, s, catchAll("common.unknown"), null);
    }

    private static Definition behavioralBrandLoyalty() {
        List<SegmentSpec> s = List.of(
                seg("loyalty.loyal", "#1B5E20", ge("brand_loyalty", 0.7)),
                seg("loyalty.leaning", "#7CB342", and(ge("brand_loyalty", 0.4), lt("brand_loyalty", 0.7))),
                seg("loyalty.switchers", "#FFB300", lt("brand_loyalty", 0.4)));
        return def("behavioral-brand-loyalty", "behavioral", null, null, s, catchAll("common.unknown"), null);
    }

    private static Definition geographicDomestic() {
        List<SegmentSpec> s = List.of(
                seg("geo.domestic", "#3949AB", textEquals("domestic", "domestic")),
                seg("geo.international", "#00897B", textEquals("domestic", "international")));
        return def("geographic-domestic", "geographic", null, null, s, catchAll("common.unknown"), null);
    }

    /** City tiers are matched by the digit in the tier label ("1", "tier 1", "Tier 1" all match). */
    private static Definition geographicCityTier() {
        List<SegmentSpec> s = List.of(
                seg("geo.tier1", "#283593", contains("city_tier", "1")),
                seg("geo.tier2", "#5C6BC0", contains("city_tier", "2")),
                seg("geo.tier3", "#9FA8DA", contains("city_tier", "3")));
        return def("geographic-city-tier", "geographic", null, null, s, catchAll("common.unknown"), null);
    }

    private static Definition psychographic() {
        List<SegmentSpec> s = List.of(
                seg("psy.quality", "#6D4C41", contains("values", "quality")),
                seg("psy.price", "#FB8C00", contains("values", "price")),
                seg("psy.brand", "#8E24AA", contains("values", "brand")),
                seg("psy.social", "#00ACC1", or(contains("motive", "social"), contains("lifestyle", "social"))),
                seg("psy.family", "#43A047", contains("lifestyle", "family")));
        return def("psychographic", "psychographic", null, null, s, catchAll("common.unknown"), null);
    }

    /** Segments by channel type, then VIP / Gold / Silver / Bronze by net spend inside each (top 5%, 15%, 30%, rest). */
    private static Definition combinedChannelValue() {
        List<SegmentSpec> s = List.of(
                seg("channel.omni", "#6A1B9A", textEquals("channel_type", "omni_channel")),
                seg("channel.online", "#1E88E5", textEquals("channel_type", "online_only")),
                seg("channel.offline", "#F4511E", textEquals("channel_type", "offline_only")));
        TierSpec tiers = new TierSpec("monetary", TierMethod.QUANTILES, TierScope.PER_SEGMENT, List.of(0.05, 0.15, 0.30),
                levels("tier.vip", "#212121", "tier.gold", "#FFC107", "tier.silver", "#B0BEC5", "tier.bronze", "#A1887F"));
        return def("combined-channel-value", "combined", null, null, s, catchAll("common.unknown"), tiers);
    }

    private static Definition clustering() {
        ClusteringSpec c = ClusteringSpec.suggestK(List.of("recency_days", "frequency", "monetary", "avg_order_value"),
                2, 8, 42L);
        return def("clustering", "clustering", null, c, List.of(), catchAll("common.other"), null);
    }

    /**
     * Predictive: CLV (over the fit's horizon) against P(alive), both from the Predictive section's fit
     * ({@code com.stratum.engine.predictive.PredictiveFeatures}). High CLV is 100 or more, alive is
     * P(alive) 0.5 or more; both are thresholds the analyst moves in the builder or in what-if.
     * Customers outside the fit (no purchase before the calibration end) have no CLV.
     */
    private static Definition predictive() {
        List<SegmentSpec> s = List.of(
                seg("predictive.rescue_now", "#E53935", and(ge("clv", 100), lt("p_alive", 0.5))),
                seg("predictive.grow", "#1B5E20", and(ge("clv", 100), ge("p_alive", 0.5))),
                seg("predictive.let_go", "#9E9E9E", and(lt("clv", 100), lt("p_alive", 0.5))),
                seg("predictive.nurture", "#4FC3F7", notEmpty("clv")));
        return def("predictive", "predictive", null, null, s, catchAll("predictive.none"), null);
    }

    /** For tests and the gallery: the criteria of a built-in segment by key. */
    static Criterion criteriaOf(String definition, String segmentKey) {
        return ALL.get(definition).segments().stream().filter(s -> s.key().equals(segmentKey)).findFirst()
                .orElseThrow().criteria();
    }
}
