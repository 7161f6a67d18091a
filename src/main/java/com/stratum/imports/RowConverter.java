package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DatasetKind;
import com.stratum.workspace.DataType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one sheet row into the typed values of the planned columns, or explains why the row is
 * rejected (the first cell that does not fit: its column and the reason). Reused for every row.
 */
final class RowConverter {

    private final List<ColumnPlan> columns;
    private final int sourceWidth;
    private final CellConverter cells;
    private final int derivedIndex;
    private final int quantityIndex;
    private final int priceIndex;
    private final int dateIndex;
    private final int amountIndex;
    private String rejectColumn;
    private String rejectReason;
    /**
     * Per column, the last raw cell and its converted value: invoice numbers, customer ids, dates
     * and countries repeat on consecutive lines, and a repeat costs an equals instead of a parse
     * (and hands the writer the same String, whose hash is already known).
     */
    private final Object[] lastRaw;
    private final Object[] lastValue;

    RowConverter(SheetAnalysis a, boolean date1904) {
        this.columns = a.columns;
        this.sourceWidth = a.sourceWidth;
        this.cells = new CellConverter(date1904);
        int derived = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).derived()) {
                derived = i;
            }
        }
        this.derivedIndex = derived;
        this.quantityIndex = a.indexOf(ColumnRole.QUANTITY);
        this.priceIndex = a.indexOf(ColumnRole.UNIT_PRICE);
        boolean tx = a.kind == DatasetKind.TRANSACTIONS;
        this.dateIndex = tx ? a.indexOf(ColumnRole.DATE) : -1;
        this.amountIndex = tx ? a.indexOf(ColumnRole.AMOUNT) : -1;
        this.lastRaw = new Object[columns.size()];
        this.lastValue = new Object[columns.size()];
    }

    String rejectColumn() {
        return rejectColumn;
    }

    String rejectReason() {
        return rejectReason;
    }

    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile("\\s*\\d{4}\\D");

    /**
     * For the preview: each date or date-time column whose cell is text, to the value it is read as
     * (ISO "2024-03-05", or "2024-03-05 14:30" with a time), so the user sees how "05.03.2024" is taken;
     * likewise each number written with a decimal comma ("1.234,50" is read as 1234.50).
     */
    Map<Integer, String> readingsFromText(Object[] raw, int count) {
        Map<Integer, String> out = new java.util.HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnPlan c = columns.get(i);
            DataType t = c.type().dataType();
            if (!c.derived() && (t == DataType.DECIMAL || t == DataType.INTEGER)
                    && c.type().numberStyle() == NumberStyle.COMMA_DECIMAL && c.sourceIndex() < count
                    && raw[c.sourceIndex()] instanceof String) {
                Object v = cells.convert(raw[c.sourceIndex()], c.type());
                if (v instanceof java.math.BigDecimal || v instanceof Long) {
                    out.put(i, v instanceof java.math.BigDecimal ? ((java.math.BigDecimal) v).toPlainString()
                            : v.toString());
                }
                continue;
            }
            if (c.derived() || (t != DataType.DATE && t != DataType.TIMESTAMP) || c.sourceIndex() >= count
                    || !(raw[c.sourceIndex()] instanceof String)
                    || YEAR_FIRST.matcher((String) raw[c.sourceIndex()]).lookingAt()) {
                continue; // year-first text (2024-03-05, 2024/3/5, 2024年3月5日) reads as written
            }
            Object v = cells.convert(raw[c.sourceIndex()], c.type());
            if (v instanceof java.time.LocalDate || v instanceof java.time.LocalDateTime) {
                out.put(i, CellConverter.toText(v instanceof java.time.LocalDate
                        ? ((java.time.LocalDate) v).atStartOfDay() : v));
            }
        }
        return out;
    }

    /** True when every cell of the row is empty (blank rows are skipped, not counted). */
    static boolean isBlank(Object[] raw, int count) {
        for (int i = 0; i < count; i++) {
            if (raw[i] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fills {@code out} (one slot per planned column) from {@code raw}; false when the row is
     * rejected, with {@link #rejectColumn()} and {@link #rejectReason()} set.
     */
    boolean convert(Object[] raw, int count, Object[] out) {
        for (int i = 0; i < columns.size(); i++) {
            ColumnPlan c = columns.get(i);
            if (c.derived()) {
                continue;
            }
            Object src = c.sourceIndex() < count ? raw[c.sourceIndex()] : null;
            if (src != null && (src == lastRaw[i] || src.equals(lastRaw[i]))) {
                out[i] = lastValue[i];
                continue;
            }
            Object v = cells.convert(src, c.type());
            if (v == CellConverter.REJECTED) {
                return reject(c.header(), cells.reason());
            }
            if (v instanceof String) {
                String s = ((String) v).strip();
                v = s.isEmpty() ? null : s;
            }
            out[i] = v;
            if (src != null) {
                lastRaw[i] = src;
                lastValue[i] = v;
            }
        }
        for (int i = sourceWidth; i < count; i++) {
            if (raw[i] != null) {
                return reject("Column " + (i + 1), "a value right of the last column ("
                        + CellConverter.toText(raw[i]) + ")");
            }
        }
        if (derivedIndex >= 0) {
            Object q = out[quantityIndex];
            Object p = out[priceIndex];
            if (q == null || p == null) {
                return reject(columns.get(q == null ? quantityIndex : priceIndex).header(),
                        "empty, so the amount (quantity x unit price) cannot be computed");
            }
            BigDecimal amount = decimal(q).multiply(decimal(p));
            if (amount.scale() > com.stratum.workspace.DataType.DECIMAL_SCALE) {
                amount = amount.setScale(com.stratum.workspace.DataType.DECIMAL_SCALE, RoundingMode.HALF_UP);
            }
            out[derivedIndex] = amount;
        }
        if (dateIndex >= 0 && out[dateIndex] == null) {
            return reject(columns.get(dateIndex).header(), "the date is empty");
        }
        if (amountIndex >= 0 && out[amountIndex] == null) {
            return reject(columns.get(amountIndex).header(), "the amount is empty");
        }
        return true;
    }

    /** The planned column's source cell converted to its type; a missing trailing cell counts as empty. */
    private Object convertSource(ColumnPlan c, Object[] raw, int count) {
        return cells.convert(c.sourceIndex() < count ? raw[c.sourceIndex()] : null, c.type());
    }

    /**
     * Every cell of a row that would reject it (column index to reason), for the preview: the
     * cells that do not fit their type, then an empty date, amount, quantity or unit price the
     * row needs. Slower than {@link #convert}; never used while importing.
     */
    Map<Integer, String> cellProblems(Object[] raw, int count) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnPlan c = columns.get(i);
            if (c.derived()) {
                continue;
            }
            Object v = convertSource(c, raw, count);
            if (v == CellConverter.REJECTED) {
                out.put(i, cells.reason());
            } else {
                values[i] = v instanceof String && ((String) v).isBlank() ? null : v;
            }
        }
        if (derivedIndex >= 0) {
            for (int i : new int[] {quantityIndex, priceIndex}) {
                if (values[i] == null && !out.containsKey(i)) {
                    out.put(i, "empty, so the amount (quantity x unit price) cannot be computed");
                }
            }
        }
        if (dateIndex >= 0 && values[dateIndex] == null && !out.containsKey(dateIndex)) {
            out.put(dateIndex, "the date is empty");
        }
        if (amountIndex >= 0 && amountIndex != derivedIndex && values[amountIndex] == null
                && !out.containsKey(amountIndex)) {
            out.put(amountIndex, "the amount is empty");
        }
        return out;
    }

    private static BigDecimal decimal(Object v) {
        return v instanceof BigDecimal ? (BigDecimal) v : BigDecimal.valueOf((Long) v);
    }

    private boolean reject(String column, String reason) {
        rejectColumn = column;
        rejectReason = reason;
        return false;
    }
}
