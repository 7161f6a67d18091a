package com.stratum.features;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Test helper: writes transaction lines the way a reader of a sheet would. */
final class Lines {

    private final TransactionTable.Builder b = TransactionTable.builder(4);

    /** A line without an order id (its own order) and only a date. */
    Lines line(String customer, String date, String amount) {
        return line(customer, null, date, amount, null, null, null, null);
    }

    /**
     * @param when "2024-03-01" (time unknown) or "2024-03-01T09:30"
     */
    Lines line(String customer, String order, String when, String amount, String channel, String store,
               String category, String brand) {
        int day;
        int second;
        if (when.contains("T")) {
            LocalDateTime t = LocalDateTime.parse(when);
            day = (int) t.toLocalDate().toEpochDay();
            second = t.toLocalTime().toSecondOfDay();
        } else {
            day = (int) LocalDate.parse(when).toEpochDay();
            second = TransactionTable.TIME_UNKNOWN;
        }
        int i = b.add(b.customer(customer), b.order(order), day, second, Money.toCents(new BigDecimal(amount)));
        b.set(LineAttribute.CHANNEL, i, b.code(LineAttribute.CHANNEL, channel));
        b.set(LineAttribute.STORE, i, b.code(LineAttribute.STORE, store));
        b.set(LineAttribute.CATEGORY, i, b.code(LineAttribute.CATEGORY, category));
        b.set(LineAttribute.BRAND, i, b.code(LineAttribute.BRAND, brand));
        return this;
    }

    TransactionTable table() {
        return b.build();
    }

    /** The frame row of a customer id (fails when absent). */
    static int row(CustomerFrame f, String id) {
        for (int r = 0; r < f.size(); r++) {
            if (f.customerId(r).equals(id)) {
                return r;
            }
        }
        throw new AssertionError("No customer " + id);
    }

    static double num(CustomerFrame f, String key, String id) {
        return f.column(key).asDouble(row(f, id));
    }

    static String money(CustomerFrame f, String key, String id) {
        BigDecimal v = ((MoneyColumn) f.column(key)).amount(row(f, id));
        return v == null ? null : v.toPlainString();
    }

    static String cat(CustomerFrame f, String key, String id) {
        return ((CategoricalColumn) f.column(key)).label(row(f, id));
    }

    static LocalDate date(CustomerFrame f, String key, String id) {
        return ((DateColumn) f.column(key)).date(row(f, id));
    }
}
