package com.stratum.ui.results;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.DateColumn;
import com.stratum.features.MoneyColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The members of one segment: frame row indices (never copies of the features), searchable by
 * customer id and sortable by any column. Sorting and searching only reorder or filter the index
 * array; cells read straight from the frame's columns.
 */
public final class MembersViewModel {

    /** Pseudo-columns before the frame's own features. */
    public static final String CUSTOMER_ID = "customer_id";
    public static final String SEGMENT = "segment";
    public static final String TIER = "tier";

    private final SegmentResult result;
    private final int segment;
    private final int[] members;
    private final RowIndexList rows = new RowIndexList();
    private String search = "";
    private String sortColumn;
    private boolean ascending = true;

    public MembersViewModel(SegmentResult result, int segment) {
        this.result = result;
        this.segment = segment;
        int[] seg = result.segmentOfRow();
        int c = 0;
        for (int s : seg) {
            if (s == segment) {
                c++;
            }
        }
        members = new int[c];
        int j = 0;
        for (int i = 0; i < seg.length; i++) {
            if (seg[i] == segment) {
                members[j++] = i;
            }
        }
        rows.setRows(members.clone());
    }

    public SegmentResult result() {
        return result;
    }

    public int segment() {
        return segment;
    }

    public String segmentName() {
        return result.segmentRows().get(segment).name();
    }

    public int memberCount() {
        return members.length;
    }

    /** The rows now shown (after search and sort): frame row indices. */
    public RowIndexList rows() {
        return rows;
    }

    /** Column keys in display order: id, segment, tier (when tiers exist), then every feature. */
    public List<String> columns() {
        List<String> out = new ArrayList<>();
        out.add(CUSTOMER_ID);
        out.add(SEGMENT);
        if (!result.tierNames().isEmpty()) {
            out.add(TIER);
        }
        out.addAll(result.frame().columnNames());
        return out;
    }

    /** Keeps the members whose customer id contains {@code text} (ignoring case); blank shows all. */
    public void search(String text) {
        search = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        refresh();
    }

    public void sort(String column, boolean asc) {
        sortColumn = column;
        ascending = asc;
        refresh();
    }

    public void clearSort() {
        sortColumn = null;
        refresh();
    }

    private void refresh() {
        CustomerFrame frame = result.frame();
        int[] out;
        if (search.isEmpty()) {
            out = members.clone();
        } else {
            int[] tmp = new int[members.length];
            int c = 0;
            for (int r : members) {
                if (frame.customerId(r).toLowerCase(Locale.ROOT).contains(search)) {
                    tmp[c++] = r;
                }
            }
            out = java.util.Arrays.copyOf(tmp, c);
        }
        if (sortColumn != null) {
            IntSort.sort(out, comparator(sortColumn));
        }
        rows.setRows(out);
    }

    /** Orders rows by a column; empty values always last, whichever the direction. */
    private IntSort.IntComparator comparator(String column) {
        CustomerFrame frame = result.frame();
        java.util.function.IntPredicate missing = r -> false;
        IntSort.IntComparator cmp;
        switch (column) {
            case CUSTOMER_ID -> cmp = (a, b) -> frame.customerId(a).compareTo(frame.customerId(b));
            case SEGMENT -> cmp = (a, b) -> 0; // one segment: nothing to order
            case TIER -> {
                missing = r -> result.tierOfRow()[r] < 0;
                cmp = (a, b) -> Integer.compare(result.tierOfRow()[a], result.tierOfRow()[b]);
            }
            default -> {
                Column col = frame.column(column);
                missing = col::isMissing;
                if (col instanceof CategoricalColumn cat) {
                    cmp = (a, b) -> cat.label(a).compareTo(cat.label(b));
                } else if (col instanceof MoneyColumn money) {
                    long[] cents = money.cents();
                    cmp = (a, b) -> Long.compare(cents[a], cents[b]);
                } else if (col instanceof DateColumn date) {
                    int[] days = date.epochDays();
                    cmp = (a, b) -> Integer.compare(days[a], days[b]);
                } else {
                    cmp = (a, b) -> Double.compare(col.asDouble(a), col.asDouble(b));
                }
            }
        }
        IntSort.IntComparator values = cmp;
        java.util.function.IntPredicate empty = missing;
        boolean asc = ascending;
        return (a, b) -> {
            boolean ma = empty.test(a);
            boolean mb = empty.test(b);
            if (ma || mb) {
                return ma == mb ? 0 : (ma ? 1 : -1);
            }
            return asc ? values.compare(a, b) : values.compare(b, a);
        };
    }
}
