package com.stratum.ui.builder;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.Group;
import com.stratum.engine.definition.Operator;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.engine.definition.SegmentSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFM score-to-segment grid read from, and written into, a definition's segment rules.
 *
 * <p>Reading: a cell (recency score, frequency score and, when given, monetary score) goes to the
 * first segment whose criteria hold for every customer of that cell (first match wins, as the
 * engine assigns). Criteria are evaluated on the scores alone; a scored customer is also known to
 * have bought (recency present, frequency at least 1), which settles "No purchases" style rules.
 * A rule on any other feature makes the cell {@link #MIXED} (it depends on the customer).
 *
 * <p>Writing: sending a cell to a segment adds {@code r_score = R AND f_score = F [AND m_score = M]}
 * as an OR branch of that segment's criteria and, to every earlier segment that could still claim
 * the cell, the same clause negated (an exception). A branch or exception the grid added before is
 * taken out again rather than piled up. Everything stays plain rules the engine evaluates.
 */
final class ScoreGrid {

    /** The cell's customers fall into different segments (a rule on M or on another feature). */
    static final int MIXED = -2;
    /** The cell goes to the catch-all ("everyone else"). */
    static final int EVERYONE_ELSE = -1;

    private ScoreGrid() {
    }

    /**
     * The segment index of a cell, {@link #EVERYONE_ELSE} or {@link #MIXED}; {@code m} null means
     * every monetary score from 1 to {@code mBins} (MIXED when they differ).
     */
    static int segmentAt(Definition d, int r, int f, Integer m, int mBins) {
        if (m != null) {
            return segmentAt(d, r, f, m);
        }
        int first = segmentAt(d, r, f, 1);
        for (int mm = 2; mm <= mBins; mm++) {
            if (segmentAt(d, r, f, mm) != first) {
                return MIXED;
            }
        }
        return first;
    }

    private static int segmentAt(Definition d, int r, int f, int m) {
        List<SegmentSpec> s = d.segments();
        for (int i = 0; i < s.size(); i++) {
            Boolean v = s.get(i).criteria() == null ? Boolean.TRUE : eval(s.get(i).criteria(), r, f, m);
            if (v == null) {
                return MIXED;
            }
            if (v) {
                return i;
            }
        }
        return EVERYONE_ELSE;
    }

    /**
     * The definition with the cell (every M when {@code m} is null) sent to {@code segment}
     * ({@link #EVERYONE_ELSE} for the catch-all).
     */
    static Definition assign(Definition d, int r, int f, Integer m, int mBins, int segment) {
        Group clause = cellClause(r, f, m);
        List<SegmentSpec> segments = new ArrayList<>(d.segments());
        int last = segment == EVERYONE_ELSE ? segments.size() : segment;
        for (int i = 0; i < last; i++) {
            SegmentSpec s = segments.get(i);
            if (claims(s.criteria(), r, f, m, mBins)) {
                segments.set(i, s.withCriteria(exclude(s.criteria(), clause, r, f, m, mBins)));
            }
        }
        if (segment != EVERYONE_ELSE) {
            SegmentSpec s = segments.get(segment);
            if (!holdsForAll(s.criteria(), r, f, m, mBins)) {
                segments.set(segment, s.withCriteria(include(s.criteria(), clause, r, f, m, mBins)));
            }
        }
        // a branch the grid once added to a later segment can no longer be reached: take it out
        for (int i = last + 1; i < segments.size(); i++) {
            SegmentSpec s = segments.get(i);
            if (s.criteria() instanceof Group g && g.logic() == Group.Logic.OR && !g.negate()
                    && g.children().contains(clause) && g.children().size() > 1) {
                List<Criterion> rest = new ArrayList<>(g.children());
                rest.remove(clause);
                segments.set(i, s.withCriteria(single(new Group(Group.Logic.OR, false, rest))));
            }
        }
        return d.withSegments(segments);
    }

    /** {@code r_score = r AND f_score = f [AND m_score = m]}. */
    static Group cellClause(int r, int f, Integer m) {
        List<Criterion> c = new ArrayList<>();
        c.add(Condition.eq(RfmScoring.R_SCORE, r));
        c.add(Condition.eq(RfmScoring.F_SCORE, f));
        if (m != null) {
            c.add(Condition.eq(RfmScoring.M_SCORE, m));
        }
        return new Group(Group.Logic.AND, false, c);
    }

    /** True when the criteria may match some customer of the cell (true or unknown for some M). */
    private static boolean claims(Criterion c, int r, int f, Integer m, int mBins) {
        if (c == null) {
            return true;
        }
        for (int mm : ms(m, mBins)) {
            Boolean v = eval(c, r, f, mm);
            if (v == null || v) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsForAll(Criterion c, int r, int f, Integer m, int mBins) {
        if (c == null) {
            return true;
        }
        for (int mm : ms(m, mBins)) {
            if (!Boolean.TRUE.equals(eval(c, r, f, mm))) {
                return false;
            }
        }
        return true;
    }

    /** M scores to test a rule at: the one given, or every score 1..mBins. */
    private static int[] ms(Integer m, int mBins) {
        if (m != null) {
            return new int[] {m};
        }
        int[] all = new int[Math.max(1, mBins)];
        for (int i = 0; i < all.length; i++) {
            all[i] = i + 1;
        }
        return all;
    }

    /** The criteria without the cell: drop a branch the grid added, else add the exception. */
    private static Criterion exclude(Criterion c, Group clause, int r, int f, Integer m, int mBins) {
        if (c instanceof Group g && g.logic() == Group.Logic.OR && !g.negate() && g.children().contains(clause)) {
            List<Criterion> rest = new ArrayList<>(g.children());
            rest.remove(clause);
            Criterion without = rest.size() == 1 ? rest.get(0) : new Group(Group.Logic.OR, false, rest);
            if (!claims(without, r, f, m, mBins)) {
                return without;
            }
            c = without;
        }
        List<Criterion> and = new ArrayList<>();
        if (c instanceof Group g && g.logic() == Group.Logic.AND && !g.negate()) {
            and.addAll(g.children());
        } else if (c != null) {
            and.add(c);
        }
        and.add(clause.not());
        return new Group(Group.Logic.AND, false, and);
    }

    /** The criteria plus the cell: drop an exception the grid added, else add an OR branch. */
    private static Criterion include(Criterion c, Group clause, int r, int f, Integer m, int mBins) {
        Group negated = clause.not();
        if (c instanceof Group g && g.logic() == Group.Logic.AND && !g.negate() && g.children().contains(negated)) {
            List<Criterion> rest = new ArrayList<>(g.children());
            rest.remove(negated);
            c = single(new Group(Group.Logic.AND, false, rest));
            if (holdsForAll(c, r, f, m, mBins)) {
                return c;
            }
        }
        List<Criterion> or = new ArrayList<>();
        if (c instanceof Group g && g.logic() == Group.Logic.OR && !g.negate()) {
            or.addAll(g.children());
        } else if (c != null && !(c instanceof Group g && g.children().isEmpty() && g.logic() == Group.Logic.OR)) {
            or.add(c);
        }
        if (!or.contains(clause)) {
            or.add(clause);
        }
        return new Group(Group.Logic.OR, false, or);
    }

    /** A group of one child that the grid made is that child (so taking a cell back restores the rule). */
    private static Criterion single(Group g) {
        return g.children().size() == 1 && !g.negate() && g.children().get(0) instanceof Group ? g.children().get(0) : g;
    }

    // ---- three-valued evaluation on the scores (null = depends on something else) ----------------

    static Boolean eval(Criterion c, int r, int f, int m) {
        if (c instanceof Group g) {
            Boolean v = g.logic() == Group.Logic.AND ? Boolean.TRUE : Boolean.FALSE;
            for (Criterion child : g.children()) {
                Boolean x = eval(child, r, f, m);
                if (g.logic() == Group.Logic.AND) {
                    v = and(v, x);
                } else {
                    v = or(v, x);
                }
            }
            return g.negate() ? not(v) : v;
        }
        Condition k = (Condition) c;
        Boolean v = condition(k, r, f, m);
        return k.negate() ? not(v) : v;
    }

    private static Boolean condition(Condition k, int r, int f, int m) {
        double x;
        switch (k.feature()) {
            case RfmScoring.R_SCORE -> x = r;
            case RfmScoring.F_SCORE -> x = f;
            case RfmScoring.M_SCORE -> x = m;
            case RfmScoring.RFM_SCORE -> x = 100.0 * r + 10.0 * f + m;
            case RfmScoring.RECENCY_FEATURE -> {
                // a scored customer has bought: recency is present
                return k.op() == Operator.IS_EMPTY ? Boolean.FALSE : k.op() == Operator.NOT_EMPTY ? Boolean.TRUE : null;
            }
            case RfmScoring.FREQUENCY_FEATURE -> {
                return atLeastOne(k);
            }
            default -> {
                return null;
            }
        }
        return switch (k.op()) {
            case LT -> x < k.value();
            case LE -> x <= k.value();
            case GT -> x > k.value();
            case GE -> x >= k.value();
            case EQ -> x == k.value();
            case NE -> x != k.value();
            case BETWEEN -> x >= k.value() && x <= k.max();
            case IS_EMPTY -> Boolean.FALSE;
            case NOT_EMPTY -> Boolean.TRUE;
            default -> null;
        };
    }

    /** A frequency rule for a customer known to have at least one purchase: settled only at the edge. */
    private static Boolean atLeastOne(Condition k) {
        return switch (k.op()) {
            case LE -> k.value() < 1 ? Boolean.FALSE : null;
            case LT -> k.value() <= 1 ? Boolean.FALSE : null;
            case EQ -> k.value() < 1 ? Boolean.FALSE : null;
            case GE -> k.value() <= 1 ? Boolean.TRUE : null;
            case GT -> k.value() < 1 ? Boolean.TRUE : null;
            case BETWEEN -> k.max() < 1 ? Boolean.FALSE : null;
            case IS_EMPTY -> Boolean.FALSE;
            case NOT_EMPTY -> Boolean.TRUE;
            default -> null;
        };
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return Boolean.FALSE;
        }
        return a == null || b == null ? null : Boolean.TRUE;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return Boolean.TRUE;
        }
        return a == null || b == null ? null : Boolean.FALSE;
    }

    private static Boolean not(Boolean v) {
        return v == null ? null : !v;
    }
}
