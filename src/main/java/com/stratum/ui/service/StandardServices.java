package com.stratum.ui.service;

import com.stratum.engine.Assignment;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.CustomerFrame;
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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/** Adapters from the window's service interfaces to the workspace, imports, features and engine. */
final class StandardServices {

    private StandardServices() {
    }

    static AppServices create(Localization i18n) {
        return new AppServices(new Catalog(), StandardServices::importFile, new EngineSegmentation(i18n));
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
            // the Results view's own form of a run, so Results, What-if and Export all read it
            return new com.stratum.ui.results.AssignmentResult(a, i18n.locale());
        }
    }

    static String localName(SegmentSpec spec, Locale locale) {
        return TemplateTexts.segmentName(spec.i18nKey(), spec.name(), locale);
    }
}
