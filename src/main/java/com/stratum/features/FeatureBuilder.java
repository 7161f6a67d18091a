package com.stratum.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.stratum.features.FeatureCatalog.*;

/**
 * Turns transactions and customer attributes into one row per customer, with the measures exactly
 * as DESIGN.md "Customer measures" defines them:
 * <ul>
 *   <li>only lines dated before the analysis date count; lines without a customer id are reported
 *       as anonymous;</li>
 *   <li>an order (same order key and customer) has net amount = sum of its lines; net &gt; 0 is a
 *       purchase, net &lt; 0 a return; its date and time are those of its earliest line;</li>
 *   <li>frequency = purchases; monetary = sum of all the customer's lines (NET) or of the purchases'
 *       net amounts (GROSS); recency = days from the last purchase date to the analysis date.</li>
 * </ul>
 * Customers are the ones with a counted line (in first-seen order), then those only in the
 * customers sheet (frequency 0). Work is a few linear passes over primitive arrays: a counting sort
 * of line indices by customer, then per-customer accumulators that are never cleared (stamped).
 */
public final class FeatureBuilder {

    private final TransactionTable t;
    private final CustomerAttributes attrs;
    private final FeatureSettings settings;

    private int asOf;
    private long anonymousLines;
    private long anonymousCents;
    private long afterLines;
    private long afterCents;
    private long countedLines;
    private int minCountedDay = Integer.MAX_VALUE;
    private int maxCountedDay = Integer.MIN_VALUE;

    /** Lines per record-buffer chunk: bounds the buffer (about 36 bytes a line) for any table size. */
    static final int CHUNK_LINES = 1 << 21;
    private final int chunkLines;

    /** Frame row of each transaction customer code, or -1 when it has no counted line and no attributes. */
    private int[] rowOfCustomer;
    /** Attribute row of each frame row, or -1. */
    private int[] attrRow;
    private String[] ids;
    private int withoutLines;

    private FeatureBuilder(TransactionTable t, CustomerAttributes attrs, FeatureSettings settings, int chunkLines) {
        this.chunkLines = chunkLines;
        this.t = t;
        this.attrs = attrs == null ? CustomerAttributes.empty() : attrs;
        this.settings = settings == null ? FeatureSettings.defaults() : settings;
    }

    public static FeatureResult build(TransactionTable transactions, CustomerAttributes attributes,
                                      FeatureSettings settings) {
        return new FeatureBuilder(transactions, attributes, settings, CHUNK_LINES).run();
    }

    /** As {@link #build}, with a chosen chunk size (tests make it small to cover many chunks). */
    static FeatureResult build(TransactionTable transactions, CustomerAttributes attributes,
                               FeatureSettings settings, int chunkLines) {
        return new FeatureBuilder(transactions, attributes, settings, chunkLines).run();
    }

    /** The default analysis date: the calendar day after the latest line's date (today when there is none). */
    public static LocalDate defaultAsOf(TransactionTable t) {
        int[] day = t.dayArray();
        if (day.length == 0) {
            return LocalDate.now();
        }
        int max = Integer.MIN_VALUE;
        for (int d : day) {
            max = Math.max(max, d);
        }
        return LocalDate.ofEpochDay(max + 1L);
    }

    private FeatureResult run() {
        LocalDate asOfDate = settings.asOf() != null ? settings.asOf() : defaultAsOf(t);
        asOf = (int) asOfDate.toEpochDay();
        int[] lineCount = countLines();
        chooseCustomers(lineCount);
        Map<String, Column> cols = new LinkedHashMap<>();
        TransactionFeatures lines = new TransactionFeatures(lineCount);
        int purchasers = lines.compute(cols);
        String home = new AttributeFeatures(cols, lines).compute();
        List<Column> ordered = new ArrayList<>();
        for (String key : FeatureCatalog.keys()) {
            Column c = cols.get(key);
            if (c == null) {
                throw new IllegalStateException("Feature " + key + " was not computed");
            }
            ordered.add(c);
        }
        CustomerFrame frame = new CustomerFrame(ids, asOfDate, ordered);
        FeatureReport report = new FeatureReport(asOfDate, settings.returnsPolicy(), home, t.size(), countedLines,
                anonymousLines, anonymousCents, afterLines, afterCents, ids.length, purchasers, withoutLines);
        return new FeatureResult(frame, report);
    }

    /** Lines per customer code among those before the analysis date; tallies anonymous and excluded lines. */
    private int[] countLines() {
        int[] count = new int[t.customerCount()];
        int[] cust = t.customerArray();
        int[] day = t.dayArray();
        long[] cents = t.centsArray();
        for (int i = 0; i < cust.length; i++) {
            if (day[i] >= asOf) {
                afterLines++;
                afterCents += cents[i];
            } else if (cust[i] < 0) {
                anonymousLines++;
                anonymousCents += cents[i];
            } else {
                count[cust[i]]++;
                minCountedDay = Math.min(minCountedDay, day[i]);
                maxCountedDay = Math.max(maxCountedDay, day[i]);
            }
        }
        countedLines = t.size() - afterLines - anonymousLines;
        return count;
    }

    private void chooseCustomers(int[] lineCount) {
        int n = t.customerCount();
        rowOfCustomer = new int[n];
        String[] idList = new String[n + attrs.size()];
        int[] attrList = new int[n + attrs.size()];
        BitSet attrUsed = new BitSet(attrs.size());
        int rows = 0;
        for (int c = 0; c < n; c++) {
            String id = t.customerId(c);
            int ar = attrs.size() == 0 ? -1 : attrs.find(id);
            if (lineCount[c] > 0 || ar >= 0) {
                idList[rows] = id;
                attrList[rows] = ar;
                rowOfCustomer[c] = rows++;
                if (ar >= 0) {
                    attrUsed.set(ar);
                }
                if (lineCount[c] == 0) {
                    withoutLines++;
                }
            } else {
                rowOfCustomer[c] = -1;
            }
        }
        for (int ar = attrUsed.nextClearBit(0); ar < attrs.size(); ar = attrUsed.nextClearBit(ar + 1)) {
            idList[rows] = attrs.customerId(ar);
            attrList[rows++] = ar;
            withoutLines++;
        }
        ids = Arrays.copyOf(idList, rows);
        attrRow = Arrays.copyOf(attrList, rows);
    }

    /** Features from the transaction lines (RFM and behavioral). */
    private final class TransactionFeatures {

        private final int rows = ids.length;
        private final int[] lineCount;

        private final double[] recency = nan(rows);
        private final double[] frequency = new double[rows];
        private final long[] monetary = new long[rows];
        private final long[] gross = new long[rows];
        private final double[] returns = new double[rows];
        private final double[] returnRate = nan(rows);
        private final long[] aov = new long[rows];
        private final BitSet noPurchase = new BitSet(rows);
        private final int[] firstDay = new int[rows];
        private final int[] lastDay = new int[rows];
        private final double[] tenure = nan(rows);
        private final double[] meanGap = nan(rows);
        private final double[][] partShare = {nan(rows), nan(rows), nan(rows), nan(rows)};
        private final int[] daypart = minusOne(rows);
        private final double[] weekendShare = nan(rows);
        private final int[] weekPart = minusOne(rows);
        private final double[] onlineShare = nan(rows);
        private final int[] channelType = minusOne(rows);
        private final double[] channelCount;
        private final int[] topChannel = minusOne(rows);
        private final int[] topCategory = minusOne(rows);
        private final double[] categoryBreadth;
        private final int[] topBrand = minusOne(rows);
        /** Channel code → canonical channel code, and the canonical levels ("线上" and "Online" are one). */
        private final ChannelLevels channelLevels = ChannelLevels.of(t.levels(LineAttribute.CHANNEL));
        private final double[] brandLoyalty = nan(rows);
        private final int[] topStore = minusOne(rows);
        /** Most frequent country / city code of the customer's lines (table levels), or -1. */
        final int[] lineCountry = minusOne(rows);
        final int[] lineCity = minusOne(rows);

        TransactionFeatures(int[] lineCount) {
            this.lineCount = lineCount;
            noPurchase.set(0, rows);
            channelCount = t.has(LineAttribute.CHANNEL) ? new double[rows] : nan(rows);
            categoryBreadth = t.has(LineAttribute.CATEGORY) ? new double[rows] : nan(rows);
        }

        /** Fills the columns; returns the number of customers with a purchase. */
        int compute(Map<String, Column> cols) {
            accumulate();
            cols.put(RECENCY_DAYS, new NumericColumn(RECENCY_DAYS, recency));
            cols.put(FREQUENCY, new NumericColumn(FREQUENCY, frequency));
            cols.put(MONETARY, new MoneyColumn(MONETARY, monetary));
            cols.put(GROSS_MONETARY, new MoneyColumn(GROSS_MONETARY, gross));
            cols.put(RETURNS, new NumericColumn(RETURNS, returns));
            cols.put(RETURN_RATE, new NumericColumn(RETURN_RATE, returnRate));
            cols.put(AVG_ORDER_VALUE, new MoneyColumn(AVG_ORDER_VALUE, aov, (BitSet) noPurchase.clone()));
            cols.put(FIRST_PURCHASE, new DateColumn(FIRST_PURCHASE, firstDay, (BitSet) noPurchase.clone()));
            cols.put(LAST_PURCHASE, new DateColumn(LAST_PURCHASE, lastDay, (BitSet) noPurchase.clone()));
            cols.put(TENURE_DAYS, new NumericColumn(TENURE_DAYS, tenure));
            cols.put(MEAN_DAYS_BETWEEN, new NumericColumn(MEAN_DAYS_BETWEEN, meanGap));
            cols.put(SHARE_MORNING, new NumericColumn(SHARE_MORNING, partShare[Dayparts.MORNING]));
            cols.put(SHARE_AFTERNOON, new NumericColumn(SHARE_AFTERNOON, partShare[Dayparts.AFTERNOON]));
            cols.put(SHARE_EVENING, new NumericColumn(SHARE_EVENING, partShare[Dayparts.EVENING]));
            cols.put(SHARE_NIGHT, new NumericColumn(SHARE_NIGHT, partShare[Dayparts.NIGHT]));
            cols.put(DAYPART, new CategoricalColumn(DAYPART, daypart, Dayparts.LEVELS));
            cols.put(WEEKEND_SHARE, new NumericColumn(WEEKEND_SHARE, weekendShare));
            cols.put(WEEK_PART, new CategoricalColumn(WEEK_PART, weekPart, WEEK_PART_LEVELS));
            cols.put(ONLINE_SHARE, new NumericColumn(ONLINE_SHARE, onlineShare));
            cols.put(CHANNEL_TYPE, new CategoricalColumn(CHANNEL_TYPE, channelType, CHANNEL_TYPE_LEVELS));
            cols.put(CHANNEL_COUNT, new NumericColumn(CHANNEL_COUNT, channelCount));
            cols.put(TOP_CHANNEL, new CategoricalColumn(TOP_CHANNEL, topChannel, channelLevels.levels()));
            cols.put(TOP_CATEGORY, new CategoricalColumn(TOP_CATEGORY, topCategory, t.levels(LineAttribute.CATEGORY)));
            cols.put(CATEGORY_BREADTH, new NumericColumn(CATEGORY_BREADTH, categoryBreadth));
            cols.put(TOP_BRAND, new CategoricalColumn(TOP_BRAND, topBrand, t.levels(LineAttribute.BRAND)));
            cols.put(BRAND_LOYALTY, new NumericColumn(BRAND_LOYALTY, brandLoyalty));
            cols.put(TOP_STORE, new CategoricalColumn(TOP_STORE, topStore, t.levels(LineAttribute.STORE)));
            return rows - noPurchase.cardinality();
        }

        private void accumulate() {
            int n = t.customerCount();
            int[] cust = t.customerArray();
            int[] order = t.orderArray();
            int[] day = t.dayArray();
            int[] sec = t.secondArray();
            long[] cents = t.centsArray();

            // Lines are copied, customer by customer, into one record buffer (order, day, second, cents
            // as two ints, then the attributes the table has): a customer's lines end up side by side,
            // so the per-customer pass reads memory sequentially instead of jumping around ten arrays.
            // Customers are taken in chunks so the buffer stays bounded whatever the table size.
            LineAttribute[] present = Arrays.stream(LineAttribute.values()).filter(t::has).toArray(LineAttribute[]::new);
            int[][] attrArrays = new int[present.length][];
            int[] field = new int[LineAttribute.COUNT];
            Arrays.fill(field, -1);
            for (int a = 0; a < present.length; a++) {
                attrArrays[a] = t.attributeArray(present[a]);
                field[present[a].ordinal()] = 5 + a;
            }
            final int width = 5 + present.length;
            final int channelField = field[LineAttribute.CHANNEL.ordinal()];
            final int storeField = field[LineAttribute.STORE.ordinal()];
            final int categoryField = field[LineAttribute.CATEGORY.ordinal()];
            final int brandField = field[LineAttribute.BRAND.ordinal()];
            final int countryField = field[LineAttribute.COUNTRY.ordinal()];
            final int cityField = field[LineAttribute.CITY.ordinal()];

            int maxLines = 0;
            for (int c = 0; c < n; c++) {
                maxLines = Math.max(maxLines, lineCount[c]);
            }
            long capLines = Math.max(maxLines, Math.min(countedLines, chunkLines));
            int[] rec = new int[(int) (capLines * width)];
            int[] start = new int[n + 1];

            // Per-customer scratch: the customer's orders (net, earliest line) and a small hash of order keys.
            int[] slotOf = new int[maxLines];
            long[] orderNet = new long[maxLines];
            int[] orderFirst = new int[maxLines];
            int hashCap = Integer.highestOneBit(Math.max(4, maxLines * 2 - 1)) << 1;
            int[] hashKey = new int[hashCap];
            int[] hashSlot = new int[hashCap];
            int[] hashStamp = new int[hashCap];

            int[] dayStamp = new int[minCountedDay <= maxCountedDay ? maxCountedDay - minCountedDay + 1 : 0];
            int[] hourPart = settings.dayparts().hourTable();
            boolean[] online = onlineCodes();
            int[] channelKind = channelLevels.codeOf();
            Tally channels = new Tally(channelLevels.levels().size());
            Tally stores = new Tally(t.levels(LineAttribute.STORE).size());
            Tally categories = new Tally(t.levels(LineAttribute.CATEGORY).size());
            Tally brands = new Tally(t.levels(LineAttribute.BRAND).size());
            Tally countries = new Tally(t.levels(LineAttribute.COUNTRY).size());
            Tally cities = new Tally(t.levels(LineAttribute.CITY).size());
            boolean grossPolicy = settings.returnsPolicy() == ReturnsPolicy.GROSS;
            int[] parts = new int[4];

            int c0 = 0;
            while (c0 < n) {
                long lines = 0;
                int c1 = c0;
                while (c1 < n && (c1 == c0 || lines + lineCount[c1] <= capLines)) {
                    start[c1] = (int) lines;
                    lines += lineCount[c1];
                    c1++;
                }
                start[c1] = (int) lines;
                if (lines > 0) {
                    int[] next = Arrays.copyOfRange(start, c0, c1);
                    for (int i = 0; i < cust.length; i++) {
                        int c = cust[i];
                        if (c >= c0 && c < c1 && day[i] < asOf) {
                            int p = next[c - c0]++ * width;
                            rec[p] = order[i];
                            rec[p + 1] = day[i];
                            rec[p + 2] = sec[i];
                            long v = cents[i];
                            rec[p + 3] = (int) (v >>> 32);
                            rec[p + 4] = (int) v;
                            for (int a = 0; a < attrArrays.length; a++) {
                                rec[p + 5 + a] = attrArrays[a][i];
                            }
                        }
                    }
                }
                for (int c = c0; c < c1; c++) {
                    int from = start[c];
                    int to = start[c + 1];
                    if (from == to) {
                        continue;
                    }
                    int r = rowOfCustomer[c];
                    int owner = c + 1;

                    // Orders of this customer: lines with the same order key, usually consecutive.
                    int mask = (Integer.highestOneBit(Math.max(4, (to - from) * 2 - 1)) << 1) - 1;
                    int orderCount = 0;
                    long net = 0;
                    int prevOrder = 0;
                    int prevSlot = -1;
                    for (int k = from; k < to; k++) {
                        int p = k * width;
                        int o = rec[p];
                        long v = ((long) rec[p + 3] << 32) | (rec[p + 4] & 0xFFFFFFFFL);
                        net += v;
                        int slot;
                        if (prevSlot >= 0 && o == prevOrder) {
                            slot = prevSlot;
                        } else {
                            int h = (o * 0x9E3779B9 >>> 7) & mask;
                            while (hashStamp[h] == owner && hashKey[h] != o) {
                                h = (h + 1) & mask;
                            }
                            if (hashStamp[h] != owner) {
                                hashStamp[h] = owner;
                                hashKey[h] = o;
                                hashSlot[h] = orderCount;
                                orderNet[orderCount] = 0;
                                orderFirst[orderCount] = k;
                                orderCount++;
                            }
                            slot = hashSlot[h];
                            prevOrder = o;
                            prevSlot = slot;
                        }
                        orderNet[slot] += v;
                        int f = orderFirst[slot] * width;
                        if (rec[p + 1] < rec[f + 1] || (rec[p + 1] == rec[f + 1] && rec[p + 2] < rec[f + 2])) {
                            orderFirst[slot] = k;
                        }
                        slotOf[k - from] = slot;
                    }

                    int purchases = 0;
                    int returnCount = 0;
                    long purchased = 0;
                    long returned = 0;
                    int first = Integer.MAX_VALUE;
                    int last = Integer.MIN_VALUE;
                    int distinctDays = 0;
                    int timed = 0;
                    int weekend = 0;
                    int channelKnown = 0;
                    int onlineCount = 0;
                    Arrays.fill(parts, 0);
                    channels.start(owner);
                    stores.start(owner);
                    for (int j = 0; j < orderCount; j++) {
                        long v = orderNet[j];
                        if (v < 0) {
                            returnCount++;
                            returned -= v;
                            continue;
                        }
                        if (v == 0) {
                            continue;
                        }
                        purchases++;
                        purchased += v;
                        int p = orderFirst[j] * width; // an order is dated and placed by its earliest line
                        int d = rec[p + 1];
                        int second = rec[p + 2];
                        first = Math.min(first, d);
                        last = Math.max(last, d);
                        if (dayStamp[d - minCountedDay] != owner) {
                            dayStamp[d - minCountedDay] = owner;
                            distinctDays++;
                        }
                        if (second >= 0) {
                            timed++;
                            parts[hourPart[second / 3600]]++;
                        }
                        if (Math.floorMod(d + 3, 7) >= 5) { // epoch day 0 was a Thursday; 5, 6 = Saturday, Sunday
                            weekend++;
                        }
                        int ch = channelField < 0 ? -1 : rec[p + channelField];
                        if (ch >= 0) {
                            channelKnown++;
                            if (online[ch]) {
                                onlineCount++;
                            }
                            channels.add(channelKind[ch], 1);
                        }
                        int st = storeField < 0 ? -1 : rec[p + storeField];
                        if (st >= 0) {
                            stores.add(st, 1);
                        }
                    }

                    // Line-level attributes: spend per category and brand on purchase lines; place of all lines.
                    categories.start(owner);
                    brands.start(owner);
                    countries.start(owner);
                    cities.start(owner);
                    if (categoryField >= 0 || brandField >= 0 || countryField >= 0 || cityField >= 0) {
                        for (int k = from; k < to; k++) {
                            int p = k * width;
                            long v = ((long) rec[p + 3] << 32) | (rec[p + 4] & 0xFFFFFFFFL);
                            if (v > 0 && orderNet[slotOf[k - from]] > 0) {
                                int cat = categoryField < 0 ? -1 : rec[p + categoryField];
                                if (cat >= 0) {
                                    categories.add(cat, v);
                                }
                                int br = brandField < 0 ? -1 : rec[p + brandField];
                                if (br >= 0) {
                                    brands.add(br, v);
                                }
                            }
                            int co = countryField < 0 ? -1 : rec[p + countryField];
                            if (co >= 0) {
                                countries.add(co, 1);
                            }
                            int ci = cityField < 0 ? -1 : rec[p + cityField];
                            if (ci >= 0) {
                                cities.add(ci, 1);
                            }
                        }
                    }
                    lineCountry[r] = countries.top();
                    lineCity[r] = cities.top();

                    frequency[r] = purchases;
                    returns[r] = returnCount;
                    gross[r] = purchased;
                    monetary[r] = grossPolicy ? purchased : net;
                    if (purchased > 0) {
                        returnRate[r] = (double) returned / purchased;
                    }
                    if (channelField >= 0) {
                        channelCount[r] = channels.distinct();
                    }
                    if (categoryField >= 0) {
                        categoryBreadth[r] = categories.distinct();
                    }
                    if (purchases == 0) {
                        continue;
                    }
                    noPurchase.clear(r);
                    recency[r] = asOf - last;
                    firstDay[r] = first;
                    lastDay[r] = last;
                    tenure[r] = asOf - first;
                    aov[r] = Money.divide(monetary[r], purchases);
                    if (distinctDays >= 2) {
                        meanGap[r] = (double) (last - first) / (distinctDays - 1);
                    }
                    if (timed > 0) {
                        int best = 0;
                        for (int q = 0; q < 4; q++) {
                            partShare[q][r] = (double) parts[q] / timed;
                            if (parts[q] > parts[best]) {
                                best = q;
                            }
                        }
                        daypart[r] = best;
                    }
                    weekendShare[r] = (double) weekend / purchases;
                    weekPart[r] = weekend == 0 ? 0 : weekend == purchases ? 1 : 2;
                    if (channelKnown > 0) {
                        onlineShare[r] = (double) onlineCount / channelKnown;
                        channelType[r] = onlineCount == channelKnown ? 0 : onlineCount == 0 ? 1 : 2;
                        topChannel[r] = channels.top();
                    }
                    topStore[r] = stores.top();
                    topCategory[r] = categories.top();
                    int b = brands.top();
                    topBrand[r] = b;
                    if (b >= 0) {
                        brandLoyalty[r] = (double) brands.value(b) / brands.total();
                    }
                }
                c0 = c1;
            }
        }

        private boolean[] onlineCodes() {
            List<String> levels = t.levels(LineAttribute.CHANNEL);
            boolean[] online = new boolean[levels.size()];
            for (int i = 0; i < online.length; i++) {
                online[i] = settings.isOnline(levels.get(i));
            }
            return online;
        }
    }

    /** Features from the customers sheet (demographic, geographic, psychographic). */
    private final class AttributeFeatures {

        private final Map<String, Column> cols;
        private final int rows = ids.length;
        private final TransactionFeatures lineFeatures;

        AttributeFeatures(Map<String, Column> cols, TransactionFeatures lineFeatures) {
            this.cols = cols;
            this.lineFeatures = lineFeatures;
        }

        /** Fills the columns; returns the home country used. */
        String compute() {
            age();
            income();
            text(GENDER, CustomerField.GENDER);
            text(OCCUPATION, CustomerField.OCCUPATION);
            text(EDUCATION, CustomerField.EDUCATION);
            text(FAMILY_STATUS, CustomerField.FAMILY_STATUS);
            text(REGION, CustomerField.REGION);
            text(VALUES, CustomerField.VALUES);
            text(INTERESTS, CustomerField.INTERESTS);
            text(LIFESTYLE, CustomerField.LIFESTYLE);
            text(MOTIVE, CustomerField.MOTIVE);
            text(PREFERRED_CONTACT, CustomerField.PREFERRED_CONTACT);
            int[] signup = new int[rows];
            BitSet noSignup = new BitSet(rows);
            for (int r = 0; r < rows; r++) {
                int ar = attrRow[r];
                int d = ar < 0 ? CustomerAttributes.NO_DATE : attrs.signupDay(ar);
                if (d == CustomerAttributes.NO_DATE) {
                    noSignup.set(r);
                } else {
                    signup[r] = d;
                }
            }
            cols.put(SIGNUP_DATE, new DateColumn(SIGNUP_DATE, signup, noSignup));
            String mostFrequent = place(COUNTRY, CustomerField.COUNTRY, LineAttribute.COUNTRY, lineFeatures.lineCountry);
            String home = domestic(mostFrequent);
            place(CITY, CustomerField.CITY, LineAttribute.CITY, lineFeatures.lineCity);
            cityTier();
            return home;
        }

        private void age() {
            double[] age = nan(rows);
            int[] band = minusOne(rows);
            LocalDate asOfDate = LocalDate.ofEpochDay(asOf);
            for (int r = 0; r < rows; r++) {
                int ar = attrRow[r];
                if (ar < 0) {
                    continue;
                }
                int birth = attrs.birthDay(ar);
                double years;
                if (birth != CustomerAttributes.NO_DATE) {
                    years = fullYears(LocalDate.ofEpochDay(birth), asOfDate);
                } else {
                    years = attrs.age(ar);
                }
                if (!Double.isNaN(years) && years >= 0) {
                    age[r] = years;
                    band[r] = settings.ageBand(years);
                }
            }
            cols.put(AGE, new NumericColumn(AGE, age));
            cols.put(AGE_BAND, new CategoricalColumn(AGE_BAND, band, settings.ageBandLevels()));
        }

        private void income() {
            double[] income = nan(rows);
            int[] band = minusOne(rows);
            StringDictionary levels = new StringDictionary();
            for (String l : settings.incomeBandLevels()) {
                levels.intern(l);
            }
            for (int r = 0; r < rows; r++) {
                int ar = attrRow[r];
                if (ar < 0) {
                    continue;
                }
                double v = attrs.income(ar);
                if (!Double.isNaN(v)) {
                    income[r] = v;
                    band[r] = settings.incomeBand(v);
                } else {
                    String text = attrs.text(CustomerField.INCOME_TEXT, ar);
                    if (text != null) {
                        band[r] = levels.intern(text);
                    }
                }
            }
            cols.put(INCOME, new NumericColumn(INCOME, income));
            cols.put(INCOME_BAND, new CategoricalColumn(INCOME_BAND, band, levels.values()));
        }

        private void text(String key, CustomerField field) {
            int[] codes = minusOne(rows);
            if (attrs.has(field)) {
                for (int r = 0; r < rows; r++) {
                    int ar = attrRow[r];
                    if (ar >= 0) {
                        codes[r] = attrs.code(field, ar);
                    }
                }
            }
            cols.put(key, new CategoricalColumn(key, codes, attrs.levels(field)));
        }

        /**
         * Country or city: the customers sheet's value, else the most frequent one among the
         * customer's lines. Returns the most frequent value over customers ("" when none).
         */
        private String place(String key, CustomerField field, LineAttribute lineAttr, int[] fromLines) {
            StringDictionary levels = new StringDictionary();
            int[] attrMap = mapping(attrs.levels(field).size());
            int[] lineMap = mapping(t.levels(lineAttr).size());
            int[] codes = minusOne(rows);
            for (int r = 0; r < rows; r++) {
                int ar = attrRow[r];
                int a = ar < 0 ? -1 : attrs.code(field, ar);
                if (a >= 0) {
                    if (attrMap[a] < 0) {
                        attrMap[a] = levels.intern(attrs.levels(field).get(a));
                    }
                    codes[r] = attrMap[a];
                } else if (fromLines[r] >= 0) {
                    int l = fromLines[r];
                    if (lineMap[l] < 0) {
                        lineMap[l] = levels.intern(t.levels(lineAttr).get(l));
                    }
                    codes[r] = lineMap[l];
                }
            }
            CategoricalColumn col = new CategoricalColumn(key, codes, levels.values());
            cols.put(key, col);
            int[] freq = new int[levels.size()];
            int best = -1;
            for (int code : codes) {
                if (code >= 0 && ++freq[code] > (best < 0 ? 0 : freq[best])) {
                    best = code;
                }
            }
            return best < 0 ? "" : levels.value(best);
        }

        /** Returns the home country used. */
        private String domestic(String mostFrequent) {
            String home = settings.homeCountry().isEmpty() ? mostFrequent : settings.homeCountry();
            CategoricalColumn country = (CategoricalColumn) cols.get(COUNTRY);
            int[] isDomestic = new int[country.levels().size()];
            for (int i = 0; i < isDomestic.length; i++) {
                isDomestic[i] = sameCountry(country.levels().get(i), home) ? 0 : 1;
            }
            int[] codes = minusOne(rows);
            for (int r = 0; r < rows; r++) {
                int c = country.codes()[r];
                if (c >= 0) {
                    codes[r] = isDomestic[c];
                }
            }
            cols.put(DOMESTIC, new CategoricalColumn(DOMESTIC, codes, DOMESTIC_LEVELS));
            return home;
        }

        private void cityTier() {
            StringDictionary levels = new StringDictionary();
            for (String l : CITY_TIER_LEVELS) {
                levels.intern(l);
            }
            List<String> sheetTiers = attrs.levels(CustomerField.CITY_TIER);
            int[] sheetMap = new int[sheetTiers.size()];
            for (int i = 0; i < sheetMap.length; i++) {
                sheetMap[i] = levels.intern(normalizeTier(sheetTiers.get(i)));
            }
            CategoricalColumn city = (CategoricalColumn) cols.get(CITY);
            final int unlisted = -2;
            int[] cityMap = new int[city.levels().size()];
            for (int i = 0; i < cityMap.length; i++) {
                String tier = settings.listedTierOf(city.levels().get(i));
                cityMap[i] = tier == null ? unlisted : levels.intern(tier);
            }
            int other = levels.intern(FeatureSettings.OTHER_CITY_TIER);
            int[] domestic = ((CategoricalColumn) cols.get(DOMESTIC)).codes();
            int international = DOMESTIC_LEVELS.indexOf("international");
            int[] codes = minusOne(rows);
            for (int r = 0; r < rows; r++) {
                int ar = attrRow[r];
                int s = ar < 0 ? -1 : attrs.code(CustomerField.CITY_TIER, ar);
                if (s >= 0) {
                    codes[r] = sheetMap[s];
                } else if (city.codes()[r] >= 0) {
                    int tier = cityMap[city.codes()[r]];
                    // an unlisted city is tier 3 at home; abroad the home tier table says nothing about it
                    codes[r] = tier != unlisted ? tier : domestic[r] == international ? -1 : other;
                }
            }
            cols.put(CITY_TIER, new CategoricalColumn(CITY_TIER, codes, levels.values()));
        }

        private int[] mapping(int n) {
            int[] m = new int[n];
            Arrays.fill(m, -1);
            return m;
        }
    }

    /** Whole years from {@code birth} to {@code at} (a birthday on {@code at} counts). */
    static int fullYears(LocalDate birth, LocalDate at) {
        int years = at.getYear() - birth.getYear();
        if (at.getMonthValue() < birth.getMonthValue()
                || (at.getMonthValue() == birth.getMonthValue() && at.getDayOfMonth() < birth.getDayOfMonth())) {
            years--;
        }
        return years;
    }

    static boolean sameCountry(String a, String b) {
        return CityTierTable.key(a).equals(CityTierTable.key(b));
    }

    /** A sheet's tier written as 1 / "Tier 1" / 一线 ... becomes tier_1; anything else is kept as given. */
    static String normalizeTier(String raw) {
        String k = raw.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_\\-]+", "");
        return switch (k) {
            case "1", "tier1", "t1", "一线", "一线城市", "1线", "一级" -> FeatureSettings.TIER_1;
            case "2", "tier2", "t2", "二线", "二线城市", "2线", "二级" -> FeatureSettings.TIER_2;
            case "3", "tier3", "t3", "三线", "三线城市", "3线", "三级" -> FeatureSettings.TIER_3;
            default -> raw.strip();
        };
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    private static int[] minusOne(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
