package com.stratum.features;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The default city → tier table (editable through {@link FeatureSettings#withCityTiers}). China's
 * four tier-1 cities; the "new tier 1" cities and the common tier-2 list both map to tier 2 (the
 * product has three tiers); any other city is tier 3.
 */
public final class CityTierTable {

    private static final String[][] TIER_1 = {
            {"北京", "Beijing"}, {"上海", "Shanghai"}, {"广州", "Guangzhou"}, {"深圳", "Shenzhen"}};

    private static final String[][] NEW_TIER_1 = {
            {"成都", "Chengdu"}, {"重庆", "Chongqing"}, {"杭州", "Hangzhou"}, {"武汉", "Wuhan"},
            {"苏州", "Suzhou"}, {"西安", "Xi'an"}, {"南京", "Nanjing"}, {"长沙", "Changsha"},
            {"天津", "Tianjin"}, {"郑州", "Zhengzhou"}, {"东莞", "Dongguan"}, {"青岛", "Qingdao"},
            {"昆明", "Kunming"}, {"宁波", "Ningbo"}, {"合肥", "Hefei"}};

    private static final String[][] TIER_2 = {
            {"佛山", "Foshan"}, {"沈阳", "Shenyang"}, {"无锡", "Wuxi"}, {"济南", "Jinan"}, {"厦门", "Xiamen"},
            {"福州", "Fuzhou"}, {"温州", "Wenzhou"}, {"哈尔滨", "Harbin"}, {"石家庄", "Shijiazhuang"},
            {"大连", "Dalian"}, {"南宁", "Nanning"}, {"泉州", "Quanzhou"}, {"金华", "Jinhua"},
            {"贵阳", "Guiyang"}, {"常州", "Changzhou"}, {"长春", "Changchun"}, {"南昌", "Nanchang"},
            {"南通", "Nantong"}, {"嘉兴", "Jiaxing"}, {"徐州", "Xuzhou"}, {"惠州", "Huizhou"},
            {"太原", "Taiyuan"}, {"台州", "Taizhou"}, {"绍兴", "Shaoxing"}, {"保定", "Baoding"},
            {"中山", "Zhongshan"}, {"潍坊", "Weifang"}, {"临沂", "Linyi"}, {"珠海", "Zhuhai"},
            {"烟台", "Yantai"}};

    private CityTierTable() {
    }

    /** A fresh copy of the default table (Chinese and English names). */
    public static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, TIER_1, FeatureSettings.TIER_1);
        put(m, NEW_TIER_1, FeatureSettings.TIER_2);
        put(m, TIER_2, FeatureSettings.TIER_2);
        return m;
    }

    private static void put(Map<String, String> m, String[][] cities, String tier) {
        for (String[] names : cities) {
            for (String n : names) {
                m.put(n, tier);
            }
        }
    }

    /** How cities are compared: case, spaces, apostrophes and a trailing 市 / "city" do not matter. */
    static String key(String city) {
        String k = city.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s'’\\-]+", "");
        if (k.endsWith("市")) {
            k = k.substring(0, k.length() - 1);
        } else if (k.endsWith("city") && k.length() > 4) {
            k = k.substring(0, k.length() - 4);
        }
        return k;
    }
}
