package com.stratum.ui.results;

import com.stratum.features.LineAttribute;
import com.stratum.features.TransactionTable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A customer's transaction lines, newest first, read from the transaction table the frame was built from. */
public interface PurchaseHistory {

    List<PurchaseLine> linesOf(String customerId);

    static PurchaseHistory none() {
        return id -> List.of();
    }

    /** One scan over the lines (10 million lines: tens of milliseconds, run off the FX thread). */
    static PurchaseHistory of(TransactionTable table) {
        return id -> {
            int code = table.findCustomer(id);
            if (code < 0) {
                return List.of();
            }
            List<PurchaseLine> out = new ArrayList<>();
            boolean channels = table.has(LineAttribute.CHANNEL);
            for (int i = 0; i < table.size(); i++) {
                if (table.customer(i) != code) {
                    continue;
                }
                int sec = table.secondOfDay(i);
                String time = sec == TransactionTable.TIME_UNKNOWN ? "" : LocalTime.ofSecondOfDay(sec).toString();
                String channel = "";
                if (channels) {
                    int c = table.attribute(LineAttribute.CHANNEL, i);
                    channel = c == TransactionTable.NO_VALUE ? "" : table.levels(LineAttribute.CHANNEL).get(c);
                }
                out.add(new PurchaseLine(LocalDate.ofEpochDay(table.epochDay(i)), time,
                        "#" + (table.order(i) + 1), table.cents(i), channel));
            }
            out.sort(Comparator.comparing(PurchaseLine::date).thenComparing(PurchaseLine::time).reversed());
            return out;
        };
    }
}
