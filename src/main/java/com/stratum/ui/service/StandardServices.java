package com.stratum.ui.service;

import com.stratum.engine.Assignment;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.exports.SegmentListExport;
import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.DateColumn;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import com.stratum.imports.ImportCancelledException;
import com.stratum.imports.ImportListener;
import com.stratum.imports.ImportOptions;
import com.stratum.imports.ImportResult;
import com.stratum.imports.Importer;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.i18n.TemplateTexts;
import com.stratum.ui.task.TaskProgress;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.DefinitionRepository;
import com.stratum.workspace.RunRepository;
import com.stratum.workspace.Workspace;
import com.stratum.workspace.WorkspaceException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/** Adapters from the window's service interfaces to the workspace, imports, features, engine and exports. */
final class StandardServices {

    /** Feature columns written beside each member, when the frame has them. */
    static final List<String> MEMBER_FEATURES = List.of("recency_days", "frequency", "monetary");

    private StandardServices() {
    }

    static AppServices create(Localization i18n) {
        return new AppServices(new Catalog(), StandardServices::importFile, new EngineSegmentation(i18n),
                (ws, run, key, xlsx, p) -> exportMembers(i18n, run, key, xlsx, p));
    }

    private static final class Catalog implements DatasetCatalog {
        @Override
        public List<DatasetSummary> datasets(Workspace ws) {
            return new DatasetRepository(ws).list().stream()
                    .map(d -> new DatasetSummary(d.id(), d.name(), d.kind().key(), d.sourceFile(), d.sheet(),
                            d.rowsImported(), d.rowsRejected()))
                    .toList();
        }

        @Override
        public List<DatasetColumn> columns(Workspace ws, long datasetId) {
            DatasetInfo d = new DatasetRepository(ws).find(datasetId)
                    .orElseThrow(() -> new WorkspaceException("Dataset " + datasetId + " is no longer in the workspace."));
            return d.columns().stream()
                    .map(c -> new DatasetColumn(c.ordinal(), c.header(), c.dataType().name(),
                            c.role() == null ? null : c.role().key()))
                    .toList();
        }

        @Override
        public List<Object[]> page(Workspace ws, long datasetId, long offset, int limit) {
            return new DatasetRepository(ws).page(datasetId, offset, limit).rows().stream()
                    .map(List::toArray).toList();
        }

        @Override
        public long customerCount(Workspace ws) {
            return new DatasetRepository(ws).distinctCustomersAnywhere();
        }
    }

    private static ImportSummary importFile(Workspace ws, Path file, TaskProgress progress) {
        try {
            ImportResult r = Importer.run(ws, file, new ImportOptions(), new ImportListener() {
                @Override
                public void progress(long rowsRead, double fraction) {
                    if (fraction < 0) {
                        progress.update(-1, -1);
                    } else {
                        progress.update(Math.round(fraction * 1000), 1000);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            return new ImportSummary(file.getFileName().toString(), r.rowsRead(), r.rowsImported(), r.rowsRejected());
        } catch (ImportCancelledException e) {
            throw new CancellationException(e.getMessage());
        }
    }

    /** Runs definitions over the workspace's customers and keeps each run in the workspace. */
    private static final class EngineSegmentation implements Segmentation {

        private final Localization i18n;

        EngineSegmentation(Localization i18n) {
            this.i18n = i18n;
        }

        @Override
        public List<DefinitionSummary> definitions(Workspace ws) {
            return new DefinitionRepository(ws).list().stream()
                    .map(d -> new DefinitionSummary(d.name(), d.latestVersion(), d.family(), d.builtIn(),
                            d.description()))
                    .toList();
        }

        @Override
        public SegmentRun run(Workspace ws, String definitionName, TaskProgress progress) throws Exception {
            Definition def = new DefinitionRepository(ws).latest(definitionName)
                    .orElseThrow(() -> new WorkspaceException("No definition named " + definitionName + "."));
            progress.update(-1, -1);
            CustomerFrame frame = CustomerFrames.load(ws);
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            Assignment a = Evaluator.evaluate(def, frame);
            new RunRepository(ws).save(a, null);
            return new EngineRun(a, stats(a));
        }
    }

    static List<SegmentStat> stats(Assignment a) {
        List<SegmentStat> out = new ArrayList<>();
        for (SegmentSummary s : a.summary()) {
            SegmentSpec spec = a.segments().get(s.index());
            out.add(new SegmentStat(s.key(), spec.name(), spec.i18nKey(), s.count(), s.revenue()));
        }
        return out;
    }

    static String localName(SegmentSpec spec, Locale locale) {
        return TemplateTexts.segmentName(spec.i18nKey(), spec.name(), locale);
    }

    /** A run as the Results view shows it, keeping the assignment for the member export. */
    record EngineRun(Assignment assignment, List<SegmentStat> segments) implements SegmentRun {
        @Override
        public String definitionName() {
            return assignment.definition().name();
        }

        @Override
        public LocalDate asOf() {
            return assignment.frame().asOf();
        }
    }

    private static long exportMembers(Localization i18n, SegmentRun run, String segmentKey, Path xlsx,
                                      TaskProgress progress) throws Exception {
        if (!(run instanceof EngineRun engineRun)) {
            throw new IllegalArgumentException("Not a run of this workspace");
        }
        Assignment a = engineRun.assignment();
        CustomerFrame frame = a.frame();
        int segment = -1;
        String[] names = new String[a.segments().size()];
        String[] strategies = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            SegmentSpec spec = a.segments().get(i);
            names[i] = localName(spec, i18n.locale());
            strategies[i] = TemplateTexts.strategy(spec.i18nKey(), spec.strategy() == null ? "" : spec.strategy(),
                    i18n.locale());
            if (spec.key().equals(segmentKey)) {
                segment = i;
            }
        }
        if (segment < 0) {
            throw new IllegalArgumentException("No segment " + segmentKey + " in this run");
        }
        List<SegmentListExport.Column> columns = new ArrayList<>();
        columns.add(new SegmentListExport.Column(i18n.get("export.col.customerId"), frame::customerId));
        columns.add(SegmentListExport.segmentColumn(i18n.get("export.col.segment"), names, a.segmentOfRow()));
        List<String> features = new ArrayList<>(MEMBER_FEATURES);
        features.addAll(a.derivedColumns());
        for (String f : features) {
            frame.find(f).ifPresent(c -> columns.add(new SegmentListExport.Column(f, r -> value(c, r))));
        }
        long members = 0;
        for (int s : a.segmentOfRow()) {
            if (s == segment) {
                members++;
            }
        }
        long total = members;
        SegmentListExport export = new SegmentListExport(columns, names, a.segmentOfRow())
                .strategies(strategies)
                .definition(a.definition().name(), frame.asOf())
                .labels(labels(i18n))
                .onlySegment(segment)
                .progress(n -> progress.update(n, total));
        frame.find("monetary").filter(c -> c instanceof MoneyColumn)
                .ifPresent(c -> export.revenueCents(((MoneyColumn) c).cents()));
        export.write(xlsx);
        return members;
    }

    private static Object value(Column c, int row) {
        if (c.isMissing(row)) {
            return null;
        }
        if (c instanceof MoneyColumn m) {
            return m.amount(row);
        }
        if (c instanceof CategoricalColumn cat) {
            return cat.label(row);
        }
        if (c instanceof NumericColumn n) {
            double v = n.values()[row];
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.valueOf((long) v) : BigDecimal.valueOf(v);
        }
        if (c instanceof DateColumn d) {
            return d.date(row);
        }
        return null;
    }

    private static SegmentListExport.Labels labels(Localization i18n) {
        return new SegmentListExport.Labels(i18n.get("export.summary"), i18n.get("export.definition"),
                i18n.get("export.analysisDate"), i18n.get("export.customers"), i18n.get("export.col.segment"),
                i18n.get("export.tier"), i18n.get("export.count"), i18n.get("export.share"),
                i18n.get("export.revenue"), i18n.get("export.revenueShare"), i18n.get("export.strategy"),
                i18n.get("export.total"), i18n.get("export.unassigned"), i18n.get("export.tiersWithinSegments"),
                i18n.get("export.shareOfSegment"));
    }
}
