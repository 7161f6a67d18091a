package com.stratum.features;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical kind of a sales channel value, so that "线上", "Online" and "ＯＮＬＩＮＥ" are one channel
 * in the features (top channel, number of channels). Values compare ignoring case, full/half width,
 * spaces, '-' and '_'; a value not listed here stays a channel of its own under its first spelling.
 * The raw value is untouched in the transaction table.
 */
public final class ChannelKinds {

    public static final String ONLINE = "online";
    public static final String MOBILE = "mobile";
    public static final String IN_STORE = "in-store";
    public static final String MARKETPLACE = "marketplace";
    public static final String PHONE = "phone";

    private static final Map<String, String> KIND = new HashMap<>();

    static {
        put(ONLINE, "online", "web", "website", "webshop", "web shop", "e-shop", "eshop", "e-commerce",
                "ecommerce", "online store", "online shop", "internet", "线上", "网店", "网上商城", "网上",
                "官网", "官方网站", "网站", "电商", "网购", "在线", "線上", "網店");
        put(MOBILE, "mobile", "app", "mobile app", "mobile web", "mini program", "mini-program", "miniprogram",
                "移动", "移动端", "手机", "手机app", "手机端", "小程序", "微信小程序", "移動", "手機");
        put(IN_STORE, "in-store", "in store", "store", "shop", "offline", "retail", "retail store",
                "physical store", "brick and mortar", "pos", "门店", "线下", "实体店", "店铺", "商场", "专卖店",
                "门市", "門店", "線下", "實體店");
        put(MARKETPLACE, "marketplace", "tmall", "taobao", "jd", "jd.com", "pinduoduo", "amazon", "ebay",
                "天猫", "淘宝", "京东", "拼多多", "天貓", "淘寶", "京東");
        put(PHONE, "phone", "telephone", "call center", "call centre", "telesales", "phone order",
                "电话", "电话订购", "电话销售", "呼叫中心", "電話");
    }

    private ChannelKinds() {
    }

    private static void put(String kind, String... spellings) {
        for (String s : spellings) {
            KIND.put(key(s), kind);
        }
    }

    /** All canonical kinds, in a fixed order. */
    public static List<String> kinds() {
        return List.of(ONLINE, MOBILE, IN_STORE, MARKETPLACE, PHONE);
    }

    /** The canonical kind of a channel value, or null when the value is not a known spelling. */
    public static String kindOf(String channel) {
        return channel == null ? null : KIND.get(key(channel));
    }

    /** The value as features show it: its canonical kind, else the value itself (stripped). */
    public static String canonical(String channel) {
        String kind = kindOf(channel);
        return kind != null ? kind : Normalizer.normalize(channel, Normalizer.Form.NFKC).strip();
    }

    /** Comparison key: width-folded (NFKC), lower case, without spaces, '-' and '_'. */
    public static String key(String channel) {
        return Normalizer.normalize(channel, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-\\u3000]+", "");
    }
}
