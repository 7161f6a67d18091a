package com.stratum.engine;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.DefinitionException;
import com.stratum.engine.definition.Group;
import com.stratum.engine.definition.Operator;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.DateColumn;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a criteria tree into a bitmap of matching customers: each condition is one tight loop over
 * a primitive column (cached per condition), groups are word-wise AND/OR/NOT.
 */
final class CriteriaCompiler {

    private final int n;
    private final Function<String, Column> columns;
    private final FrameCache cache;
    private final Function<Column, long[][]> valueBits;

    /**
     * @param valueBits for small-integer columns (RFM scores): one bitmap per value 1..n, or null;
     *                  conditions on them are answered with word-wise ORs
     */
    CriteriaCompiler(int n, Function<String, Column> columns, FrameCache cache, Function<Column, long[][]> valueBits) {
        this.n = n;
        this.columns = columns;
        this.cache = cache;
        this.valueBits = valueBits;
    }

    /** A fresh bitmap the caller may modify; null criteria match everyone. */
    long[] evaluate(Criterion c) {
        if (c == null) {
            return Bitmaps.all(n);
        }
        long[] out;
        if (c instanceof Group g) {
            if (g.logic() == Group.Logic.AND) {
                out = Bitmaps.all(n);
                for (Criterion child : g.children()) {
                    Bitmaps.andInPlace(out, child instanceof Condition cc && !cc.negate() ? conditionBits(cc) : evaluate(child));
                }
            } else {
                out = Bitmaps.none(n);
                for (Criterion child : g.children()) {
                    Bitmaps.orInPlace(out, child instanceof Condition cc && !cc.negate() ? conditionBits(cc) : evaluate(child));
                }
            }
        } else {
            out = conditionBits((Condition) c).clone();
        }
        if (c.negate()) {
            Bitmaps.notInPlace(out, n);
        }
        return out;
    }

    /** The cached bitmap of the condition ignoring its negation; never modify it. */
    private long[] conditionBits(Condition c) {
        Condition plain = c.negate() ? c.not() : c;
        Column col = columns.apply(c.feature());
        return cache.bitmap(plain, col, k -> compute(plain, col));
    }

    private long[] compute(Condition c, Column col) {
        Operator op = c.op();
        if (op == Operator.IS_EMPTY || op == Operator.NOT_EMPTY) {
            long[] empty = emptyBits(col);
            if (op == Operator.NOT_EMPTY) {
                Bitmaps.notInPlace(empty, n);
            }
            return empty;
        }
        if (col instanceof NumericColumn num) {
            requireNumericOp(c, "a number");
            long[][] levels = valueBits.apply(col);
            if (levels != null) {
                return fromLevels(levels, op, need(c.value(), c), op == Operator.BETWEEN ? need(c.max(), c) : 0);
            }
            return numeric(num.values(), op, need(c.value(), c), op == Operator.BETWEEN ? need(c.max(), c) : 0);
        }
        if (col instanceof MoneyColumn money) {
            requireNumericOp(c, "an amount of money");
            long[] bits = money(money.cents(), op, cents(need(c.value(), c)),
                    op == Operator.BETWEEN ? cents(need(c.max(), c)) : 0);
            Bitmaps.andNotInPlace(bits, money.missing().toLongArray());
            return bits;
        }
        if (col instanceof DateColumn date) {
            if (op != Operator.DATE_BETWEEN) {
                throw wrongOp(c, "a date", "DATE_BETWEEN, IS_EMPTY, NOT_EMPTY");
            }
            long[] bits = dates(date.epochDays(), day(c.from(), c, Integer.MIN_VALUE), day(c.to(), c, Integer.MAX_VALUE));
            Bitmaps.andNotInPlace(bits, date.missing().toLongArray());
            return bits;
        }
        CategoricalColumn cat = (CategoricalColumn) col;
        if (!op.isText()) {
            throw wrongOp(c, "text", "IN, NOT_IN, CONTAINS, EQUALS, IS_EMPTY, NOT_EMPTY");
        }
        return categories(cat.codes(), levelMatches(cat.levels(), c));
    }

    private static void requireNumericOp(Condition c, String kind) {
        if (!c.op().isNumeric()) {
            throw wrongOp(c, kind, "LT, LE, GT, GE, EQ, NE, BETWEEN, IS_EMPTY, NOT_EMPTY");
        }
    }

    private static DefinitionException wrongOp(Condition c, String kind, String allowed) {
        return new DefinitionException("The condition \"" + c.describe() + "\" uses " + c.op() + ", but feature '"
                + c.feature() + "' holds " + kind + " (allowed: " + allowed + ")");
    }

    private static double need(Double v, Condition c) {
        if (v == null || Double.isNaN(v)) {
            throw new DefinitionException("The condition \"" + c.describe() + "\" needs a number");
        }
        return v;
    }

    /** Currency units to cents as an exact double (3000.10 -> 300010.0, not 300010.00000000006). */
    private static double cents(double units) {
        if (Double.isInfinite(units)) {
            return units;
        }
        return BigDecimal.valueOf(units).movePointRight(2).doubleValue();
    }

    private static int day(String iso, Condition c, int open) {
        if (iso == null || iso.isBlank()) {
            return open;
        }
        try {
            return (int) LocalDate.parse(iso.strip()).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new DefinitionException("The condition \"" + c.describe() + "\" has a date that is not yyyy-MM-dd: " + iso);
        }
    }

    private long[] emptyBits(Column col) {
        if (col instanceof NumericColumn num) {
            double[] v = num.values();
            long[] out = Bitmaps.none(n);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(v[i])) {
                    out[i >>> 6] |= 1L << i;
                }
            }
            return out;
        }
        if (col instanceof CategoricalColumn cat) {
            int[] codes = cat.codes();
            long[] out = Bitmaps.none(n);
            for (int i = 0; i < n; i++) {
                if (codes[i] < 0) {
                    out[i >>> 6] |= 1L << i;
                }
            }
            return out;
        }
        if (col instanceof MoneyColumn m) {
            return Bitmaps.fromBitSet(m.missing(), n);
        }
        return Bitmaps.fromBitSet(((DateColumn) col).missing(), n);
    }

    /** OR of the bitmaps of the values 1..n that satisfy the comparison (rows without a value are in none). */
    private long[] fromLevels(long[][] levels, Operator op, double a, double b) {
        long[] out = Bitmaps.none(n);
        for (int s = 1; s <= levels.length; s++) {
            boolean hit = switch (op) {
                case LT -> s < a;
                case LE -> s <= a;
                case GT -> s > a;
                case GE -> s >= a;
                case EQ -> s == a;
                case NE -> s != a;
                case BETWEEN -> s >= a && s <= b;
                default -> throw new IllegalStateException(op.toString());
            };
            if (hit) {
                Bitmaps.orInPlace(out, levels[s - 1]);
            }
        }
        return out;
    }

    /** NaN never satisfies a comparison; NE excludes it explicitly. */
    private long[] numeric(double[] v, Operator op, double a, double b) {
        long[] out = Bitmaps.none(n);
        int words = out.length;
        for (int w = 0; w < words; w++) {
            int base = w << 6;
            int end = Math.min(64, n - base);
            long bits = 0;
            switch (op) {
                case LT -> {
                    for (int j = 0; j < end; j++) {
                        bits |= (v[base + j] < a ? 1L : 0L) << j;
                    }
                }
                case LE -> {
                    for (int j = 0; j < end; j++) {
                        bits |= (v[base + j] <= a ? 1L : 0L) << j;
                    }
                }
                case GT -> {
                    for (int j = 0; j < end; j++) {
                        bits |= (v[base + j] > a ? 1L : 0L) << j;
                    }
                }
                case GE -> {
                    for (int j = 0; j < end; j++) {
                        bits |= (v[base + j] >= a ? 1L : 0L) << j;
                    }
                }
                case EQ -> {
                    for (int j = 0; j < end; j++) {
                        bits |= (v[base + j] == a ? 1L : 0L) << j;
                    }
                }
                case NE -> {
                    for (int j = 0; j < end; j++) {
                        double x = v[base + j];
                        bits |= (x != a && x == x ? 1L : 0L) << j;
                    }
                }
                case BETWEEN -> {
                    for (int j = 0; j < end; j++) {
                        double x = v[base + j];
                        bits |= (x >= a && x <= b ? 1L : 0L) << j;
                    }
                }
                default -> throw new IllegalStateException(op.toString());
            }
            out[w] = bits;
        }
        return out;
    }

    private long[] money(long[] cents, Operator op, double a, double b) {
        long[] out = Bitmaps.none(n);
        int words = out.length;
        for (int w = 0; w < words; w++) {
            int base = w << 6;
            int end = Math.min(64, n - base);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                double x = cents[base + j];
                boolean hit = switch (op) {
                    case LT -> x < a;
                    case LE -> x <= a;
                    case GT -> x > a;
                    case GE -> x >= a;
                    case EQ -> x == a;
                    case NE -> x != a;
                    case BETWEEN -> x >= a && x <= b;
                    default -> throw new IllegalStateException(op.toString());
                };
                bits |= (hit ? 1L : 0L) << j;
            }
            out[w] = bits;
        }
        return out;
    }

    private long[] dates(int[] days, int from, int to) {
        long[] out = Bitmaps.none(n);
        for (int i = 0; i < n; i++) {
            int d = days[i];
            if (d >= from && d <= to) {
                out[i >>> 6] |= 1L << i;
            }
        }
        return out;
    }

    private long[] categories(int[] codes, boolean[] match) {
        long[] out = Bitmaps.none(n);
        int words = out.length;
        for (int w = 0; w < words; w++) {
            int base = w << 6;
            int end = Math.min(64, n - base);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                int code = codes[base + j];
                bits |= (code >= 0 && match[code] ? 1L : 0L) << j;
            }
            out[w] = bits;
        }
        return out;
    }

    /** Which levels satisfy a text condition; empty values never do (IS_EMPTY handles them). */
    private static boolean[] levelMatches(List<String> levels, Condition c) {
        boolean[] m = new boolean[levels.size()];
        switch (c.op()) {
            case IN, NOT_IN -> {
                if (c.values() == null) {
                    throw new DefinitionException("The condition \"" + c.describe() + "\" needs a list of values");
                }
                java.util.Set<String> set = new java.util.HashSet<>(c.values());
                for (int i = 0; i < m.length; i++) {
                    boolean in = set.contains(levels.get(i));
                    m[i] = c.op() == Operator.IN ? in : !in;
                }
            }
            case CONTAINS -> {
                String t = needText(c).toLowerCase(Locale.ROOT);
                for (int i = 0; i < m.length; i++) {
                    m[i] = levels.get(i) != null && levels.get(i).toLowerCase(Locale.ROOT).contains(t);
                }
            }
            case EQUALS -> {
                String t = needText(c).strip();
                for (int i = 0; i < m.length; i++) {
                    m[i] = levels.get(i) != null && levels.get(i).strip().equalsIgnoreCase(t);
                }
            }
            default -> throw new IllegalStateException(c.op().toString());
        }
        return m;
    }

    private static String needText(Condition c) {
        if (c.text() == null) {
            throw new DefinitionException("The condition \"" + c.describe() + "\" needs a text");
        }
        return c.text();
    }
}
