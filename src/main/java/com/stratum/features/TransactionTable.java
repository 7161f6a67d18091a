package com.stratum.features;

import java.util.Arrays;
import java.util.List;

/**
 * Transaction lines as primitive columns, the input of {@link FeatureBuilder}. Line {@code i} has a
 * customer code (into {@link #customerIds()}, -1 for an anonymous line), an order key (lines with
 * the same key and customer form one order), a date in epoch days, a time as second of day (-1 when
 * only the date is known), an exact amount in cents and optional categorical attributes.
 *
 * <p>Built with {@link #builder(int)}, which appends primitives (no object per line) so ten million
 * lines fit in a few hundred megabytes.
 */
public final class TransactionTable {

    /** Marks a line without a customer id. */
    public static final int ANONYMOUS = -1;
    /** Marks a line whose time of day is unknown (a date-only column). */
    public static final int TIME_UNKNOWN = -1;
    /** Marks a missing attribute value. */
    public static final int NO_VALUE = -1;

    private final int size;
    private final int[] customer;
    private final int[] order;
    private final int[] day;
    private final int[] second;
    private final long[] cents;
    private final int[][] attributes;
    private final List<String>[] levels;
    private final StringDictionary customerIds;
    private final int orderCount;

    private TransactionTable(Builder b) {
        size = b.size;
        customer = trim(b.customer, size);
        order = trim(b.order, size);
        day = trim(b.day, size);
        second = trim(b.second, size);
        cents = trim(b.cents, size);
        attributes = new int[LineAttribute.COUNT][];
        @SuppressWarnings("unchecked")
        List<String>[] lv = new List[LineAttribute.COUNT];
        for (int a = 0; a < LineAttribute.COUNT; a++) {
            attributes[a] = b.attributes[a] == null ? null : trim(b.attributes[a], size);
            lv[a] = b.dictionaries[a].values();
        }
        levels = lv;
        customerIds = b.customers;
        orderCount = b.nextOrder;
    }

    private static int[] trim(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static long[] trim(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    /** A builder sized for {@code expectedLines} (it grows when more are added). */
    public static Builder builder(int expectedLines) {
        return new Builder(expectedLines);
    }

    /** Number of lines. */
    public int size() {
        return size;
    }

    /** Customer code of line {@code i}, or {@link #ANONYMOUS}. */
    public int customer(int i) {
        return customer[i];
    }

    public int order(int i) {
        return order[i];
    }

    public int epochDay(int i) {
        return day[i];
    }

    /** Second of the day (0..86399), or {@link #TIME_UNKNOWN}. */
    public int secondOfDay(int i) {
        return second[i];
    }

    public long cents(int i) {
        return cents[i];
    }

    /** True when at least one line carries this attribute. */
    public boolean has(LineAttribute a) {
        return attributes[a.ordinal()] != null;
    }

    /** Attribute code of line {@code i} (into {@link #levels(LineAttribute)}), or {@link #NO_VALUE}. */
    public int attribute(LineAttribute a, int i) {
        int[] codes = attributes[a.ordinal()];
        return codes == null ? NO_VALUE : codes[i];
    }

    public List<String> levels(LineAttribute a) {
        return levels[a.ordinal()];
    }

    /** Number of distinct customer ids (codes 0 .. n-1). */
    public int customerCount() {
        return customerIds.size();
    }

    public String customerId(int code) {
        return customerIds.value(code);
    }

    /** The code of a customer id, or -1 when it has no line. */
    public int findCustomer(String id) {
        return customerIds.find(id);
    }

    /** Number of distinct order keys (keys 0 .. n-1). */
    public int orderCount() {
        return orderCount;
    }

    // Raw arrays for the feature builder's hot loops (package only: callers must not modify them).
    int[] customerArray() {
        return customer;
    }

    int[] orderArray() {
        return order;
    }

    int[] dayArray() {
        return day;
    }

    int[] secondArray() {
        return second;
    }

    long[] centsArray() {
        return cents;
    }

    int[] attributeArray(LineAttribute a) {
        return attributes[a.ordinal()];
    }

    /**
     * Appends lines column by column. Typical use per line: {@code customer(id)}, {@code order(id)}
     * or {@code newOrder()}, {@code code(attr, value)}, then {@code add(...)} and {@code set(...)}.
     */
    public static final class Builder {

        private int size;
        private int[] customer;
        private int[] order;
        private int[] day;
        private int[] second;
        private long[] cents;
        private final int[][] attributes = new int[LineAttribute.COUNT][];
        private final StringDictionary[] dictionaries = new StringDictionary[LineAttribute.COUNT];
        private final StringDictionary customers;
        private StringDictionary orderIds = new StringDictionary();
        private int[] orderKeyOfId = new int[16];
        private int lastLocal = -1;
        private int nextOrder;

        private Builder(int expectedLines) {
            int cap = Math.max(16, expectedLines);
            customer = new int[cap];
            order = new int[cap];
            day = new int[cap];
            second = new int[cap];
            cents = new long[cap];
            customers = new StringDictionary(Math.max(16, cap / 8));
            for (int a = 0; a < LineAttribute.COUNT; a++) {
                dictionaries[a] = new StringDictionary();
            }
        }

        /** The code of a customer id; {@link #ANONYMOUS} for null or blank. Ids are trimmed. */
        public int customer(String id) {
            if (id == null) {
                return ANONYMOUS;
            }
            String t = id.strip();
            return t.isEmpty() ? ANONYMOUS : customers.intern(t);
        }

        /** The order key of an order id in the current scope; a new order for null or blank. */
        public int order(String id) {
            if (id == null || id.isBlank()) {
                return newOrder();
            }
            int local = orderIds.intern(id.strip());
            if (local > lastLocal) { // first time this id is seen in the scope
                if (local >= orderKeyOfId.length) {
                    orderKeyOfId = Arrays.copyOf(orderKeyOfId, Math.max(local + 1, orderKeyOfId.length * 2));
                }
                orderKeyOfId[local] = nextOrder++;
                lastLocal = local;
            }
            return orderKeyOfId[local];
        }

        /** A fresh order key (a sheet without an order-id column: each row is its own order). */
        public int newOrder() {
            return nextOrder++;
        }

        /**
         * Starts a new order-id scope: the same order id in the next dataset is a different order.
         * Also frees the memory of the order ids seen so far.
         */
        public void newOrderScope() {
            orderIds = new StringDictionary();
            orderKeyOfId = new int[16];
            lastLocal = -1;
        }

        /** The code of an attribute value; {@link #NO_VALUE} for null or blank. Values are trimmed. */
        public int code(LineAttribute a, String value) {
            if (value == null) {
                return NO_VALUE;
            }
            String t = value.strip();
            return t.isEmpty() ? NO_VALUE : dictionaries[a.ordinal()].intern(t);
        }

        /**
         * Appends a line and returns its index.
         *
         * @param secondOfDay 0..86399, or {@link #TIME_UNKNOWN}
         */
        public int add(int customerCode, int orderKey, int epochDay, int secondOfDay, long amountCents) {
            if (size == customer.length) {
                grow();
            }
            int i = size++;
            customer[i] = customerCode;
            order[i] = orderKey;
            day[i] = epochDay;
            second[i] = secondOfDay;
            cents[i] = amountCents;
            return i;
        }

        /** Sets an attribute code of an appended line. */
        public void set(LineAttribute a, int line, int code) {
            int[] codes = attributes[a.ordinal()];
            if (codes == null) {
                if (code == NO_VALUE) {
                    return;
                }
                codes = new int[customer.length];
                Arrays.fill(codes, NO_VALUE);
                attributes[a.ordinal()] = codes;
            }
            codes[line] = code;
        }

        /** Number of lines appended so far. */
        public int size() {
            return size;
        }

        /** True when every line in [from, to) has time 00:00:00 (a date stored as a timestamp). */
        public boolean allMidnight(int from, int to) {
            for (int i = from; i < to; i++) {
                if (second[i] != 0) {
                    return false;
                }
            }
            return true;
        }

        /** Marks the time of lines [from, to) unknown. */
        public void clearTimes(int from, int to) {
            Arrays.fill(second, from, to, TIME_UNKNOWN);
        }

        /** The table; it takes over this builder's arrays, so the builder must not be used afterwards. */
        public TransactionTable build() {
            return new TransactionTable(this);
        }

        private void grow() {
            int cap = customer.length + (customer.length >> 1) + 16;
            customer = Arrays.copyOf(customer, cap);
            order = Arrays.copyOf(order, cap);
            day = Arrays.copyOf(day, cap);
            second = Arrays.copyOf(second, cap);
            cents = Arrays.copyOf(cents, cap);
            for (int a = 0; a < LineAttribute.COUNT; a++) {
                if (attributes[a] != null) {
                    int old = attributes[a].length;
                    attributes[a] = Arrays.copyOf(attributes[a], cap);
                    Arrays.fill(attributes[a], old, cap, NO_VALUE);
                }
            }
        }
    }
}
