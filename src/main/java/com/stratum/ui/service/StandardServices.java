package com.stratum.ui.service;

import java.util.List;

/** Adapters from the window's service interfaces to the lower layers. */
final class StandardServices {

    private StandardServices() {
    }

    static AppServices create() {
        DatasetCatalog catalog = new DatasetCatalog() {
            @Override
            public List<DatasetSummary> datasets(com.stratum.workspace.Workspace ws) throws Exception {
                throw new ServiceUnavailableException("Dataset catalog");
            }

            @Override
            public List<DatasetColumn> columns(com.stratum.workspace.Workspace ws, long datasetId) throws Exception {
                throw new ServiceUnavailableException("Dataset catalog");
            }

            @Override
            public List<Object[]> page(com.stratum.workspace.Workspace ws, long datasetId, long offset, int limit)
                    throws Exception {
                throw new ServiceUnavailableException("Dataset catalog");
            }

            @Override
            public long customerCount(com.stratum.workspace.Workspace ws) throws Exception {
                throw new ServiceUnavailableException("Dataset catalog");
            }
        };
        DatasetImporter importer = (ws, file, progress) -> {
            throw new ServiceUnavailableException("Import");
        };
        Segmentation segmentation = new Segmentation() {
            @Override
            public List<DefinitionSummary> definitions(com.stratum.workspace.Workspace ws) {
                return List.of();
            }

            @Override
            public SegmentRun run(com.stratum.workspace.Workspace ws, String definitionName,
                                  com.stratum.ui.task.TaskProgress progress) throws Exception {
                throw new ServiceUnavailableException("Segmentation engine");
            }
        };
        MemberExporter exporter = (ws, run, segment, xlsx, progress) -> {
            throw new ServiceUnavailableException("Member export");
        };
        return new AppServices(catalog, importer, segmentation, exporter);
    }
}
