package com.stratum.features;

import java.util.Arrays;
import java.util.List;

/**
 * Customer attributes from the customers sheet(s), columnar and keyed by customer id: one row per
 * distinct id. Dates are epoch days ({@link #NO_DATE} when missing), numbers are NaN when missing,
 * text fields are codes into per-field levels ({@link #NO_VALUE} when missing).
 */
public final class CustomerAttributes {

    public static final int NO_DATE = Integer.MIN_VALUE;
    public static final int NO_VALUE = -1;

    private static final CustomerAttributes EMPTY = builder().build();

    private final StringDictionary ids;
    private final int size;
    private final int[] birthDay;
    private final double[] age;
    private final double[] income;
    private final int[] signupDay;
    private final int[][] text;
    private final List<String>[] levels;

    private CustomerAttributes(Builder b) {
        ids = b.ids;
        size = b.ids.size();
        birthDay = Arrays.copyOf(b.birthDay, size);
        age = Arrays.copyOf(b.age, size);
        income = Arrays.copyOf(b.income, size);
        signupDay = Arrays.copyOf(b.signupDay, size);
        text = new int[CustomerField.COUNT][];
        @SuppressWarnings("unchecked")
        List<String>[] lv = new List[CustomerField.COUNT];
        for (int f = 0; f < CustomerField.COUNT; f++) {
            text[f] = b.text[f] == null ? null : Arrays.copyOf(b.text[f], size);
            lv[f] = b.dictionaries[f].values();
        }
        levels = lv;
    }

    /** No customers sheet. */
    public static CustomerAttributes empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of customers in the sheet(s). */
    public int size() {
        return size;
    }

    public String customerId(int row) {
        return ids.value(row);
    }

    /** The row of a customer id, or -1 when the sheet does not have it. */
    public int find(String customerId) {
        return ids.find(customerId);
    }

    public int birthDay(int row) {
        return birthDay[row];
    }

    public double age(int row) {
        return age[row];
    }

    public double income(int row) {
        return income[row];
    }

    public int signupDay(int row) {
        return signupDay[row];
    }

    public boolean has(CustomerField f) {
        return text[f.ordinal()] != null;
    }

    public int code(CustomerField f, int row) {
        int[] codes = text[f.ordinal()];
        return codes == null ? NO_VALUE : codes[row];
    }

    /** The text of a field, or null when missing. */
    public String text(CustomerField f, int row) {
        int c = code(f, row);
        return c == NO_VALUE ? null : levels[f.ordinal()].get(c);
    }

    public List<String> levels(CustomerField f) {
        return levels[f.ordinal()];
    }

    /**
     * Collects attributes; {@link #row(String)} returns the same row for a repeated id, and a later
     * non-empty value replaces an earlier one (a later import wins).
     */
    public static final class Builder {

        private final StringDictionary ids = new StringDictionary();
        private int[] birthDay = new int[0];
        private double[] age = new double[0];
        private double[] income = new double[0];
        private int[] signupDay = new int[0];
        private final int[][] text = new int[CustomerField.COUNT][];
        private final StringDictionary[] dictionaries = new StringDictionary[CustomerField.COUNT];

        private Builder() {
            for (int f = 0; f < CustomerField.COUNT; f++) {
                dictionaries[f] = new StringDictionary();
            }
        }

        /** The row of a customer id (trimmed), or -1 for a blank id. */
        public int row(String customerId) {
            if (customerId == null || customerId.isBlank()) {
                return -1;
            }
            int r = ids.intern(customerId.strip());
            if (r >= birthDay.length) {
                grow(r + 1);
            }
            return r;
        }

        public Builder birthDay(int row, int epochDay) {
            if (epochDay != NO_DATE) {
                birthDay[row] = epochDay;
            }
            return this;
        }

        public Builder age(int row, double years) {
            if (!Double.isNaN(years)) {
                age[row] = years;
            }
            return this;
        }

        public Builder income(int row, double amount) {
            if (!Double.isNaN(amount)) {
                income[row] = amount;
            }
            return this;
        }

        public Builder signupDay(int row, int epochDay) {
            if (epochDay != NO_DATE) {
                signupDay[row] = epochDay;
            }
            return this;
        }

        /** Sets a text field; null or blank leaves the current value. */
        public Builder text(CustomerField f, int row, String value) {
            if (value == null || value.isBlank()) {
                return this;
            }
            int[] codes = text[f.ordinal()];
            if (codes == null) {
                codes = new int[birthDay.length];
                Arrays.fill(codes, NO_VALUE);
                text[f.ordinal()] = codes;
            }
            codes[row] = dictionaries[f.ordinal()].intern(value.strip());
            return this;
        }

        public CustomerAttributes build() {
            return new CustomerAttributes(this);
        }

        private void grow(int min) {
            int old = birthDay.length;
            int cap = Math.max(min, old + (old >> 1) + 16);
            birthDay = Arrays.copyOf(birthDay, cap);
            Arrays.fill(birthDay, old, cap, NO_DATE);
            signupDay = Arrays.copyOf(signupDay, cap);
            Arrays.fill(signupDay, old, cap, NO_DATE);
            age = Arrays.copyOf(age, cap);
            Arrays.fill(age, old, cap, Double.NaN);
            income = Arrays.copyOf(income, cap);
            Arrays.fill(income, old, cap, Double.NaN);
            for (int f = 0; f < CustomerField.COUNT; f++) {
                if (text[f] != null) {
                    text[f] = Arrays.copyOf(text[f], cap);
                    Arrays.fill(text[f], old, cap, NO_VALUE);
                }
            }
        }
    }
}
