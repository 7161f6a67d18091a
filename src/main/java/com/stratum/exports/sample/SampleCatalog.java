package com.stratum.exports.sample;

/**
 * The fixed vocabulary of the sample retailer: a cross-border seller with stores in Chinese cities
 * and two overseas stores, a web shop and a mobile app. English names go to the xlsx files, Chinese
 * names to the GBK csv. Brands are invented.
 */
final class SampleCatalog {

    private SampleCatalog() {
    }

    /** tier 1..3 for Chinese cities (as the default city-tier table sees them), 0 overseas. */
    record City(String en, String zh, String region, String country, String countryZh, int tier, double weight,
                String phonePrefix) {
        boolean domestic() {
            return tier > 0;
        }
    }

    record Store(String en, String zh, int city) {
    }

    record Category(String en, String zh, int lowPrice, int highPrice, double popularity, double returnRate,
                    String interest, String[] brands) {
    }

    static final String CHINA = "China";

    static final City[] CITIES = {
            // tier 1
            new City("Shanghai", "上海", "Shanghai", CHINA, "中国", 1, 9, "+86"),
            new City("Beijing", "北京", "Beijing", CHINA, "中国", 1, 8, "+86"),
            new City("Shenzhen", "深圳", "Guangdong", CHINA, "中国", 1, 6, "+86"),
            new City("Guangzhou", "广州", "Guangdong", CHINA, "中国", 1, 6, "+86"),
            // new tier 1 and tier 2: tier 2 in the product's three-tier table
            new City("Chengdu", "成都", "Sichuan", CHINA, "中国", 2, 4, "+86"),
            new City("Hangzhou", "杭州", "Zhejiang", CHINA, "中国", 2, 4, "+86"),
            new City("Wuhan", "武汉", "Hubei", CHINA, "中国", 2, 3, "+86"),
            new City("Nanjing", "南京", "Jiangsu", CHINA, "中国", 2, 3, "+86"),
            new City("Chongqing", "重庆", "Chongqing", CHINA, "中国", 2, 3, "+86"),
            new City("Xi'an", "西安", "Shaanxi", CHINA, "中国", 2, 2, "+86"),
            new City("Suzhou", "苏州", "Jiangsu", CHINA, "中国", 2, 2.5, "+86"),
            new City("Tianjin", "天津", "Tianjin", CHINA, "中国", 2, 2, "+86"),
            new City("Changsha", "长沙", "Hunan", CHINA, "中国", 2, 1.5, "+86"),
            new City("Qingdao", "青岛", "Shandong", CHINA, "中国", 2, 1.5, "+86"),
            new City("Xiamen", "厦门", "Fujian", CHINA, "中国", 2, 1.2, "+86"),
            new City("Ningbo", "宁波", "Zhejiang", CHINA, "中国", 2, 1.2, "+86"),
            new City("Shenyang", "沈阳", "Liaoning", CHINA, "中国", 2, 1, "+86"),
            // tier 3 (not in the tier table)
            new City("Luoyang", "洛阳", "Henan", CHINA, "中国", 3, 1, "+86"),
            new City("Yichang", "宜昌", "Hubei", CHINA, "中国", 3, 0.8, "+86"),
            new City("Ganzhou", "赣州", "Jiangxi", CHINA, "中国", 3, 0.8, "+86"),
            new City("Zhanjiang", "湛江", "Guangdong", CHINA, "中国", 3, 0.8, "+86"),
            new City("Mianyang", "绵阳", "Sichuan", CHINA, "中国", 3, 0.7, "+86"),
            new City("Guilin", "桂林", "Guangxi", CHINA, "中国", 3, 0.7, "+86"),
            new City("Yangzhou", "扬州", "Jiangsu", CHINA, "中国", 3, 0.7, "+86"),
            new City("Dali", "大理", "Yunnan", CHINA, "中国", 3, 0.5, "+86"),
            new City("Jiujiang", "九江", "Jiangxi", CHINA, "中国", 3, 0.5, "+86"),
            new City("Zunyi", "遵义", "Guizhou", CHINA, "中国", 3, 0.5, "+86"),
            // overseas (cross-border)
            new City("Singapore", "新加坡", "Central", "Singapore", "新加坡", 0, 3, "+65"),
            new City("Kuala Lumpur", "吉隆坡", "Kuala Lumpur", "Malaysia", "马来西亚", 0, 1.5, "+60"),
            new City("Sydney", "悉尼", "New South Wales", "Australia", "澳大利亚", 0, 2, "+61"),
            new City("Melbourne", "墨尔本", "Victoria", "Australia", "澳大利亚", 0, 1.5, "+61"),
            new City("Tokyo", "东京", "Tokyo", "Japan", "日本", 0, 1.2, "+81"),
            new City("Seoul", "首尔", "Seoul", "South Korea", "韩国", 0, 1, "+82"),
            new City("Bangkok", "曼谷", "Bangkok", "Thailand", "泰国", 0, 1, "+66"),
            new City("Vancouver", "温哥华", "British Columbia", "Canada", "加拿大", 0, 1.5, "+1"),
            new City("Toronto", "多伦多", "Ontario", "Canada", "加拿大", 0, 1.2, "+1"),
            new City("Los Angeles", "洛杉矶", "California", "United States", "美国", 0, 1.5, "+1"),
            new City("New York", "纽约", "New York", "United States", "美国", 0, 1.2, "+1"),
            new City("San Francisco", "旧金山", "California", "United States", "美国", 0, 1, "+1"),
            new City("London", "伦敦", "England", "United Kingdom", "英国", 0, 1.2, "+44"),
            new City("Frankfurt", "法兰克福", "Hesse", "Germany", "德国", 0, 0.6, "+49"),
            new City("Dubai", "迪拜", "Dubai", "United Arab Emirates", "阿联酋", 0, 0.6, "+971"),
    };

    /** Physical stores; the web shop and the app are not stores but the "store" of their orders. */
    static final Store[] STORES = {
            new Store("Shanghai Nanjing Road", "上海南京路店", 0),
            new Store("Shanghai Xintiandi", "上海新天地店", 0),
            new Store("Beijing Sanlitun", "北京三里屯店", 1),
            new Store("Beijing Wangfujing", "北京王府井店", 1),
            new Store("Shenzhen Futian", "深圳福田店", 2),
            new Store("Guangzhou Tianhe", "广州天河店", 3),
            new Store("Chengdu Taikoo Li", "成都太古里店", 4),
            new Store("Hangzhou West Lake", "杭州西湖店", 5),
            new Store("Wuhan Jianghan Road", "武汉江汉路店", 6),
            new Store("Nanjing Xinjiekou", "南京新街口店", 7),
            new Store("Singapore Orchard", "新加坡乌节路店", 27),
            new Store("Sydney Pitt Street", "悉尼皮特街店", 29),
    };

    static final String[] CHANNELS = {"online", "mobile", "in-store"};
    static final String[] CHANNELS_ZH = {"线上", "移动端", "门店"};
    static final int ONLINE = 0;
    static final int MOBILE = 1;
    static final int IN_STORE = 2;

    static final String WEB_STORE = "Web Shop";
    static final String WEB_STORE_ZH = "官方网店";
    static final String APP_STORE = "Mobile App";
    static final String APP_STORE_ZH = "手机App";

    static final Category[] CATEGORIES = {
            new Category("Beauty & Skincare", "美妆护肤", 59, 899, 1.6, 0.012, "Beauty",
                    new String[] {"Lumina", "Peony Lab", "Aqua Veil", "Jade Garden"}),
            new Category("Fashion", "服饰", 79, 1299, 1.5, 0.05, "Fashion",
                    new String[] {"Urban Loom", "Silk Road Co", "Northline", "Mist & Maple"}),
            new Category("Shoes & Bags", "鞋包", 199, 2999, 0.8, 0.04, "Fashion",
                    new String[] {"Stride", "Atelier Lin", "Voyager"}),
            new Category("Electronics", "数码电子", 99, 6999, 0.7, 0.025, "Technology",
                    new String[] {"Voltix", "Huaxin", "Orbit", "Pixelio"}),
            new Category("Home & Kitchen", "家居厨具", 29, 999, 1.0, 0.015, "Home",
                    new String[] {"Hearth", "Bamboo Home", "Nordvik"}),
            new Category("Food & Snacks", "食品零食", 15, 299, 1.3, 0.005, "Food",
                    new String[] {"Golden Harvest", "Tea Hill", "Daily Nuts"}),
            new Category("Baby & Kids", "母婴童装", 39, 699, 0.7, 0.015, "Parenting",
                    new String[] {"Little Panda", "Sprout", "Kidsy"}),
            new Category("Health & Supplements", "保健营养", 69, 599, 0.8, 0.01, "Health",
                    new String[] {"Vitalis", "Ocean Pure", "Herbal Root"}),
            new Category("Sports & Outdoor", "运动户外", 59, 1999, 0.7, 0.03, "Sports",
                    new String[] {"Summit", "Pacer", "Trailhead"}),
    };

    static final String[] SURNAMES_ZH = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    static final String[] SURNAMES_PINYIN = {"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu",
            "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie",
            "song", "tang", "xu", "han", "feng", "deng", "cao"};
    static final String[] GIVEN_ZH = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "华", "婷", "宇", "欣怡", "子涵", "浩然", "梓萱", "雨桐",
            "思远", "嘉怡", "一诺", "晨", "悦", "琳"};
    static final String[] FIRST_NAMES = {"Emma", "Olivia", "Liam", "Noah", "Ava", "Mia", "Lucas", "Ethan", "Chloe",
            "Grace", "Daniel", "Sophie", "Ryan", "Hannah", "Wei Ling", "Jun", "Aisha", "Priya", "Kenji", "Min-jun",
            "Siti", "Arjun", "Isabella", "James"};
    static final String[] LAST_NAMES = {"Smith", "Tan", "Lim", "Wong", "Nguyen", "Brown", "Wilson", "Lee", "Kim",
            "Sato", "Taylor", "Martin", "Ng", "Chua", "Patel", "Garcia", "Muller", "Khan", "Anderson", "Ong"};

    static final String[] OCCUPATIONS = {"Office Worker", "Manager", "Professional", "Engineer", "Civil Servant",
            "Self-employed", "Freelancer", "Teacher", "Sales", "Homemaker"};
    static final String[] EDUCATION = {"High School or below", "Associate Degree", "Bachelor", "Master", "Doctorate"};
    static final String[] VALUES = {"Quality", "Price", "Brand"};
    static final String[] LIFESTYLES = {"Family", "Career", "Social"};
    static final String[] MOTIVES = {"Functional", "Emotional", "Social"};
    static final String[] INTERESTS = {"Beauty", "Fashion", "Technology", "Home", "Food", "Parenting", "Health",
            "Sports", "Travel", "Reading"};
    static final String[] CONTACT_DOMESTIC = {"WeChat", "SMS", "App Push", "Email", "Phone"};
    static final double[] CONTACT_DOMESTIC_WEIGHTS = {0.5, 0.2, 0.15, 0.1, 0.05};
    static final String[] CONTACT_OVERSEAS = {"Email", "WhatsApp", "App Push", "WeChat", "SMS"};
    static final double[] CONTACT_OVERSEAS_WEIGHTS = {0.35, 0.25, 0.15, 0.15, 0.1};
    static final String[] EMAIL_DOMAINS = {"example.com", "example.net", "example.org", "example.cn"};
}
