package com.stratum.features;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic data for benchmarks, made directly in primitive arrays (no sheet, no
 * database): N customers with skewed (log-normal) activity and spend, orders of 1-5 lines over two
 * years in date order, four channels with a preferred one per customer, stores, 12 categories,
 * 40 brands, about 3% return orders and 1% anonymous orders; plus a customers sheet for everyone.
 */
public final class SyntheticTransactions {

    static final String[] CHANNELS = {"online", "mobile", "in-store", "marketplace"};
    static final String[] CATEGORIES = {"Apparel", "Shoes", "Bags", "Beauty", "Home", "Kitchen", "Toys",
            "Sports", "Electronics", "Books", "Food", "Jewelry"};
    static final String[] CITIES = {"Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou",
            "Wuhan", "Nanjing", "Xiamen", "Kunming", "Lanzhou", "Yinchuan", "Zhuhai", "Weifang"};
    static final String[] OTHER_COUNTRIES = {"Singapore", "Malaysia", "United States", "Australia", "Japan"};
    static final String[][] TEXT = {
            {"F", "M"},
            {"office worker", "manager", "student", "self-employed", "retired", "civil servant", "worker"},
            {"high school", "college", "bachelor", "master", "doctorate"},
            {"single", "married", "married with children", "divorced"},
            {"quality", "price", "brand", "service"},
            {"sports", "travel", "fashion", "technology", "cooking", "reading"},
            {"family", "career", "social"},
            {"functional", "emotional", "social"},
            {"email", "sms", "wechat", "phone", "app push"}};
    static final CustomerField[] TEXT_FIELDS = {CustomerField.GENDER, CustomerField.OCCUPATION,
            CustomerField.EDUCATION, CustomerField.FAMILY_STATUS, CustomerField.VALUES, CustomerField.INTERESTS,
            CustomerField.LIFESTYLE, CustomerField.MOTIVE, CustomerField.PREFERRED_CONTACT};

    /** Relative number of orders by hour of day (a lunch and an evening peak). */
    private static final double[] HOUR_WEIGHT = {1, 0.6, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 5, 6, 7, 6, 5, 5, 5, 6,
            7, 8, 9, 8, 5, 2};

    /** exp(0.5 z) at 4096 evenly spaced normal quantiles: a log-normal line spread without a Gaussian per line. */
    private static final double[] LINE_SPREAD = new double[4096];

    static {
        org.apache.commons.math3.distribution.NormalDistribution n =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        for (int i = 0; i < LINE_SPREAD.length; i++) {
            LINE_SPREAD[i] = Math.exp(0.5 * n.inverseCumulativeProbability((i + 0.5) / LINE_SPREAD.length));
        }
    }

    /** The generated tables. */
    public record Data(TransactionTable transactions, CustomerAttributes customers) {
    }

    private SyntheticTransactions() {
    }

    /** About {@code lines} lines (exactly, give or take the last order) for {@code customers} customers. */
    public static Data generate(int customers, int lines, long seed) {
        if (customers < 1 || lines < 0) {
            throw new IllegalArgumentException("customers >= 1 and lines >= 0");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        TransactionTable.Builder b = TransactionTable.builder(lines + 8);
        int[] code = new int[customers];
        double[] activity = new double[customers];
        double[] spendMu = new double[customers];
        byte[] preferredChannel = new byte[customers];
        byte[] favouriteBrand = new byte[customers];
        for (int c = 0; c < customers; c++) {
            code[c] = b.customer(id(c));
            activity[c] = Math.exp(1.1 * rnd.nextGaussian());
            spendMu[c] = Math.log(4000) + 0.6 * rnd.nextGaussian(); // median line about 40.00
            preferredChannel[c] = (byte) rnd.nextInt(CHANNELS.length);
            favouriteBrand[c] = (byte) rnd.nextInt(40);
        }
        AliasTable pick = new AliasTable(activity);
        AliasTable hour = new AliasTable(HOUR_WEIGHT);
        int[] channelCode = codes(b, LineAttribute.CHANNEL, CHANNELS);
        int[] categoryCode = codes(b, LineAttribute.CATEGORY, CATEGORIES);
        int[] brandCode = new int[40];
        for (int i = 0; i < 40; i++) {
            brandCode[i] = b.code(LineAttribute.BRAND, "Brand " + (char) ('A' + i % 26) + (i / 26 + 1));
        }
        int[] storeCode = new int[50];
        for (int i = 0; i < 50; i++) {
            storeCode[i] = b.code(LineAttribute.STORE, String.format("Store %02d", i + 1));
        }
        int web = b.code(LineAttribute.STORE, "Web");
        int app = b.code(LineAttribute.STORE, "App");
        int market = b.code(LineAttribute.STORE, "Marketplace");
        int firstDay = (int) LocalDate.of(2023, 1, 1).toEpochDay();
        int span = 730;

        while (b.size() < lines) {
            boolean anonymous = rnd.nextDouble() < 0.01;
            int c = pick.sample(rnd);
            int customer = anonymous ? TransactionTable.ANONYMOUS : code[c];
            int order = b.newOrder();
            // dates advance with the line count (exports are usually in date order) with a little jitter
            int day = firstDay + (int) ((long) b.size() * span / Math.max(1, lines)) + rnd.nextInt(3);
            int second = hour.sample(rnd) * 3600 + rnd.nextInt(3600);
            int ch = rnd.nextDouble() < 0.7 ? preferredChannel[c] : rnd.nextInt(CHANNELS.length);
            int store = switch (ch) {
                case 0 -> web;
                case 1 -> app;
                case 2 -> storeCode[(c * 31 + rnd.nextInt(2)) % 50];
                default -> market;
            };
            boolean isReturn = rnd.nextDouble() < 0.03;
            int n = isReturn ? 1 : 1 + (int) Math.min(4, Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.2));
            for (int k = 0; k < n && b.size() < lines; k++) {
                long bits = rnd.nextLong(); // one draw per line, sliced: spread, category, brand
                long cents = Math.max(1, Math.round(Math.exp(spendMu[c]) * LINE_SPREAD[(int) (bits & 4095)]));
                int category = (int) (((bits >>> 12) & 0xFFFF) * CATEGORIES.length >>> 16);
                int brand = (bits >>> 63) == 0 ? favouriteBrand[c] : (int) (((bits >>> 28) & 0xFFFF) * 40 >>> 16);
                int i = b.add(customer, order, day, second, isReturn ? -cents : cents);
                b.set(LineAttribute.CHANNEL, i, channelCode[ch]);
                b.set(LineAttribute.STORE, i, store);
                b.set(LineAttribute.CATEGORY, i, categoryCode[category]);
                b.set(LineAttribute.BRAND, i, brandCode[brand]);
            }
        }
        return new Data(b.build(), customers(customers, firstDay, rnd));
    }

    static String id(int c) {
        String digits = Integer.toString(c + 1);
        return "C" + "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    private static int[] codes(TransactionTable.Builder b, LineAttribute a, String[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = b.code(a, values[i]);
        }
        return out;
    }

    private static CustomerAttributes customers(int n, int firstDay, SplittableRandom rnd) {
        CustomerAttributes.Builder a = CustomerAttributes.builder();
        int birthFrom = (int) LocalDate.of(1945, 1, 1).toEpochDay();
        int birthSpan = (int) (LocalDate.of(2006, 1, 1).toEpochDay() - birthFrom);
        for (int c = 0; c < n; c++) {
            int r = a.row(id(c));
            a.birthDay(r, birthFrom + rnd.nextInt(birthSpan));
            a.income(r, Math.round(Math.exp(Math.log(8000) + 0.7 * rnd.nextGaussian())));
            boolean abroad = rnd.nextDouble() < 0.1;
            a.text(CustomerField.COUNTRY, r, abroad ? OTHER_COUNTRIES[rnd.nextInt(OTHER_COUNTRIES.length)] : "China");
            if (!abroad) {
                a.text(CustomerField.CITY, r, CITIES[rnd.nextInt(CITIES.length)]);
            }
            a.signupDay(r, firstDay - 365 + rnd.nextInt(365 + 700));
            for (int f = 0; f < TEXT_FIELDS.length; f++) {
                String[] options = TEXT[f];
                a.text(TEXT_FIELDS[f], r, options[rnd.nextInt(options.length)]);
            }
        }
        return a.build();
    }

    /** Vose's alias method: O(1) weighted sampling. */
    static final class AliasTable {
        private final double[] prob;
        private final int[] alias;

        AliasTable(double[] weights) {
            int n = weights.length;
            prob = new double[n];
            alias = new int[n];
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            double[] scaled = new double[n];
            int[] small = new int[n];
            int[] large = new int[n];
            int ns = 0;
            int nl = 0;
            for (int i = 0; i < n; i++) {
                scaled[i] = weights[i] * n / sum;
                if (scaled[i] < 1) {
                    small[ns++] = i;
                } else {
                    large[nl++] = i;
                }
            }
            while (ns > 0 && nl > 0) {
                int s = small[--ns];
                int l = large[--nl];
                prob[s] = scaled[s];
                alias[s] = l;
                scaled[l] = scaled[l] + scaled[s] - 1;
                if (scaled[l] < 1) {
                    small[ns++] = l;
                } else {
                    large[nl++] = l;
                }
            }
            while (nl > 0) {
                prob[large[--nl]] = 1;
            }
            while (ns > 0) {
                prob[small[--ns]] = 1;
            }
        }

        int sample(SplittableRandom rnd) {
            int i = rnd.nextInt(prob.length);
            return rnd.nextDouble() < prob[i] ? i : alias[i];
        }
    }
}
