package com.stratum.ui.results;

import com.stratum.exports.SegmentListExport;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.DateColumn;
import com.stratum.features.MoneyColumn;
import com.stratum.ui.charts.ViewTexts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes a run's members with the exports layer's {@link SegmentListExport} (the one code path the
 * CLI uses too): id, segment, tier, then every feature with its own type (exact money, dates).
 */
public final class ResultExport {

    private ResultExport() {
    }

    /**
     * @param onlySegment the segment to export, or -1 for every segment (one sheet each)
     * @param charts      PNG pictures for the summary sheet (may be empty)
     */
    public static SegmentListExport.Result write(SegmentResult run, int onlySegment, Path file, ViewTexts texts,
                                                 FeatureLabels labels, List<byte[]> charts) throws IOException {
        CustomerFrame frame = run.frame();
        String[] names = run.segmentRows().stream().map(SegmentRow::name).toArray(String[]::new);
        String[] strategies = run.segmentRows().stream().map(SegmentRow::strategy).toArray(String[]::new);
        List<SegmentListExport.Column> cols = new ArrayList<>();
        cols.add(new SegmentListExport.Column(texts.get("members.col.customer_id"), frame::customerId));
        cols.add(SegmentListExport.segmentColumn(texts.get("members.col.segment"), names, run.segmentOfRow()));
        String[] tiers = run.tierNames().toArray(String[]::new);
        if (tiers.length > 0) {
            cols.add(SegmentListExport.tierColumn(texts.get("members.col.tier"), tiers, run.tierOfRow()));
        }
        for (Column c : frame.columns()) {
            cols.add(new SegmentListExport.Column(labels.apply(c.name()), value(c)));
        }
        SegmentListExport export = new SegmentListExport(cols, names, run.segmentOfRow())
                .strategies(strategies)
                .definition(run.definitionName(), run.asOf())
                .labels(labels(texts));
        if (tiers.length > 0) {
            export.tiers(tiers, run.tierOfRow());
        }
        frame.find("monetary").filter(c -> c instanceof MoneyColumn)
                .ifPresent(c -> export.revenueCents(((MoneyColumn) c).cents()));
        if (onlySegment >= 0) {
            export.onlySegment(onlySegment);
        }
        charts.forEach(export::chart);
        return export.write(file);
    }

    private static IntFunction<Object> value(Column c) {
        if (c instanceof MoneyColumn m) {
            return m::amount;
        }
        if (c instanceof CategoricalColumn cat) {
            return cat::label;
        }
        if (c instanceof DateColumn d) {
            return d::date;
        }
        return r -> c.isMissing(r) ? null : c.asDouble(r);
    }

    static SegmentListExport.Labels labels(ViewTexts t) {
        return new SegmentListExport.Labels(t.get("membersExport.summarySheet"), t.get("membersExport.definition"),
                t.get("membersExport.analysisDate"), t.get("membersExport.customers"), t.get("membersExport.segment"), t.get("membersExport.tier"),
                t.get("membersExport.count"), t.get("membersExport.share"), t.get("membersExport.revenue"), t.get("membersExport.revenueShare"),
                t.get("membersExport.strategy"), t.get("membersExport.total"), t.get("membersExport.unassigned"),
                t.get("membersExport.tiersWithinSegments"), t.get("membersExport.shareOfSegment"));
    }
}
