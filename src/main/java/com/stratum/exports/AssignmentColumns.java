package com.stratum.exports;

import com.stratum.engine.Assignment;
import com.stratum.engine.definition.RfmScoring;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.DateColumn;
import com.stratum.features.FeatureCatalog;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-customer columns of an evaluated definition, in the agreed order: {@code customer_id,
 * segment}, then for RFM definitions {@code r_score, f_score, m_score, recency_days, frequency,
 * monetary}, then {@code tier} (when the definition has tiers), then every other feature and score
 * the definition used. Money is written exactly (BigDecimal), whole numbers as integers, empty
 * values as empty cells. These are the default columns of a {@link SegmentExport}.
 */
public final class AssignmentColumns {

    private AssignmentColumns() {
    }

    /**
     * Features that are shares (a fraction, 0.25 = 25 %): written as {@link Percent}, so xlsx shows them
     * with a percent format while csv keeps the plain fraction.
     */
    static final Set<String> FRACTIONS = Set.of(FeatureCatalog.RETURN_RATE, FeatureCatalog.SHARE_MORNING,
            FeatureCatalog.SHARE_AFTERNOON, FeatureCatalog.SHARE_EVENING, FeatureCatalog.SHARE_NIGHT,
            FeatureCatalog.WEEKEND_SHARE, FeatureCatalog.ONLINE_SHARE, FeatureCatalog.BRAND_LOYALTY);

    public static List<String> headers(Assignment a) {
        return names(a);
    }

    private static List<String> names(Assignment a) {
        Set<String> out = new LinkedHashSet<>();
        out.add("customer_id");
        out.add("segment");
        CustomerFrame f = a.frame();
        if (a.definition().rfm() != null) {
            out.add(RfmScoring.R_SCORE);
            out.add(RfmScoring.F_SCORE);
            out.add(RfmScoring.M_SCORE);
            out.add(RfmScoring.RECENCY_FEATURE);
            out.add(RfmScoring.FREQUENCY_FEATURE);
            out.add("monetary");
        }
        if (!a.tiers().isEmpty()) {
            out.add("tier");
        }
        for (String feature : a.definition().featuresUsed()) {
            out.add(feature);
        }
        out.addAll(a.derivedColumns());
        out.removeIf(n -> !n.equals("customer_id") && !n.equals("segment") && !n.equals("tier") && f.find(n).isEmpty());
        return new ArrayList<>(out);
    }

    /** A frame column's value per row as an export cell: exact money, dates, labels, whole numbers as integers. */
    static java.util.function.IntFunction<Object> valueOf(Column c) {
        if (c instanceof MoneyColumn m) {
            return m::amount;
        }
        if (c instanceof CategoricalColumn cat) {
            return cat::label;
        }
        if (c instanceof DateColumn d) {
            return d::date;
        }
        double[] v = ((NumericColumn) c).values();
        if (FRACTIONS.contains(c.name())) {
            return r -> Double.isNaN(v[r]) ? null : new Percent(v[r]);
        }
        return r -> {
            double x = v[r];
            if (Double.isNaN(x)) {
                return null;
            }
            if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                return (long) x;
            }
            return x;
        };
    }
}
