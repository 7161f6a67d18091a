package com.stratum.ui.results;

import com.stratum.engine.Assignment;
import com.stratum.engine.FeatureMeans;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.CustomerFrame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The engine's {@link Assignment} as the Results view reads it: the engine's summary and means,
 * passed through (names and strategies in the user's language). No figure is computed here. It is
 * also a {@link com.stratum.ui.service.SegmentRun}, so it can be the session's latest run.
 */
public final class AssignmentResult implements SegmentResult, com.stratum.ui.service.SegmentRun {

    private final Assignment assignment;
    private final List<SegmentRow> rows;
    private final List<String> tierNames;

    public AssignmentResult(Assignment assignment, Locale locale) {
        this.assignment = assignment;
        SegmentTexts texts = new SegmentTexts(locale);
        List<SegmentRow> out = new ArrayList<>();
        for (SegmentSummary s : assignment.summary()) {
            SegmentSpec spec = assignment.segments().get(s.index());
            out.add(new SegmentRow(s.index(), texts.name(spec), s.colour(), texts.strategy(spec), s.count(), s.share(),
                    s.revenueCents(), s.revenueShare()));
        }
        rows = List.copyOf(out);
        tierNames = assignment.tiers().stream().map(texts::name).toList();
    }

    public Assignment assignment() {
        return assignment;
    }

    /** The same run with its names and strategies in {@code locale} (after a language switch). */
    public AssignmentResult inLocale(Locale locale) {
        return new AssignmentResult(assignment, locale);
    }

    @Override
    public String definitionName() {
        return assignment.definition().name();
    }

    @Override
    public LocalDate asOf() {
        return assignment.frame().asOf();
    }

    @Override
    public CustomerFrame frame() {
        return assignment.frame();
    }

    @Override
    public List<SegmentRow> segmentRows() {
        return rows;
    }

    /** The run as the shell's services see it (name, members, exact revenue per segment). */
    @Override
    public List<com.stratum.ui.service.SegmentStat> segments() {
        return rows.stream().map(r -> {
            SegmentSpec spec = assignment.segments().get(r.index());
            return new com.stratum.ui.service.SegmentStat(spec.key(), spec.name(), spec.i18nKey(), r.count(),
                    java.math.BigDecimal.valueOf(r.revenueCents(), 2));
        }).toList();
    }

    @Override
    public int[] segmentOfRow() {
        return assignment.segmentOfRow();
    }

    @Override
    public List<String> tierNames() {
        return tierNames;
    }

    @Override
    public int[] tierOfRow() {
        return assignment.tierOfRow();
    }

    @Override
    public SegmentMeans means() {
        FeatureMeans m = assignment.featureMeans();
        return new SegmentMeans(m.features(), m.bySegment(), m.overall());
    }
}
