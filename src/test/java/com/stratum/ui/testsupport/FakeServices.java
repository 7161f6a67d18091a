package com.stratum.ui.testsupport;

import com.stratum.ui.service.AppServices;
import com.stratum.ui.service.DatasetCatalog;
import com.stratum.ui.service.DatasetColumn;
import com.stratum.ui.service.DatasetImporter;
import com.stratum.ui.service.DatasetSummary;
import com.stratum.ui.service.DefinitionSummary;
import com.stratum.ui.service.ImportSummary;
import com.stratum.ui.service.SegmentRun;
import com.stratum.ui.service.SegmentStat;
import com.stratum.ui.service.Segmentation;
import com.stratum.ui.task.TaskProgress;
import com.stratum.workspace.Workspace;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory services for tests of the window itself (shell, navigation, paging, languages) that
 * must not depend on the importer or the engine. Row {@code i} of the transactions dataset is
 * {@code ("O" + i, "C" + (i % 7), 2024-01-01 + i days, i + ".50")}, so a test can tell which page a
 * value came from. The run has two segments whose members are listed in {@link #MEMBERS}.
 */
public final class FakeServices {

    public static final long TRANSACTIONS_ROWS = 1_234;
    public static final Map<String, List<String>> MEMBERS = Map.of(
            "Champions", List.of("C1", "C2"),
            "Lost", List.of("C3", "C4", "C5"));

    private final List<DatasetSummary> datasets = new CopyOnWriteArrayList<>(List.of(
            new DatasetSummary(1, "transactions", "transactions", "/data/transactions.xlsx", "Sheet1", TRANSACTIONS_ROWS, 0),
            new DatasetSummary(2, "customers", "customers", "/data/customers.xlsx", "Sheet1", 7, 0)));
    private final List<Long> pageOffsets = new CopyOnWriteArrayList<>();
    private final List<Path> imported = new CopyOnWriteArrayList<>();

    public List<Long> pageOffsets() {
        return pageOffsets;
    }

    public List<Path> imported() {
        return imported;
    }

    public AppServices services() {
        return new AppServices(catalog(), importer(), segmentation());
    }

    private DatasetCatalog catalog() {
        return new DatasetCatalog() {
            @Override
            public List<DatasetSummary> datasets(Workspace ws) {
                return List.copyOf(datasets);
            }

            @Override
            public List<DatasetColumn> columns(Workspace ws, long datasetId) {
                return List.of(new DatasetColumn(1, "Order ID", "TEXT", "order_id"),
                        new DatasetColumn(2, "客户ID", "TEXT", "customer_id"),
                        new DatasetColumn(3, "Date", "DATE", "date"),
                        new DatasetColumn(4, "Amount", "DECIMAL", "amount"),
                        new DatasetColumn(5, "Note", "TEXT", null));
            }

            @Override
            public List<Object[]> page(Workspace ws, long datasetId, long offset, int limit) {
                pageOffsets.add(offset);
                long end = Math.min(TRANSACTIONS_ROWS, offset + limit);
                List<Object[]> rows = new ArrayList<>();
                for (long i = offset; i < end; i++) {
                    rows.add(new Object[] {"O" + i, "C" + (i % 7), LocalDate.of(2024, 1, 1).plusDays(i),
                            new BigDecimal(i + ".50"), null});
                }
                return rows;
            }

            @Override
            public long customerCount(Workspace ws) {
                return 7;
            }
        };
    }

    private DatasetImporter importer() {
        return (ws, file, progress) -> {
            imported.add(file);
            datasets.add(new DatasetSummary(datasets.size() + 1, file.getFileName().toString(), "transactions",
                    file.toString(), null, 3, 0));
            return new ImportSummary(file.getFileName().toString(), 3, 3, 0);
        };
    }

    private static Segmentation segmentation() {
        return new Segmentation() {
            @Override
            public List<DefinitionSummary> definitions(Workspace ws) {
                return List.of(new DefinitionSummary("rfm-standard", 0, "rfm", true, "Standard RFM segments"),
                        new DefinitionSummary("value-tiers", 0, "tiers", true, "Value tiers"));
            }

            @Override
            public SegmentRun run(Workspace ws, String definitionName, TaskProgress progress) {
                return new FakeRun(definitionName);
            }
        };
    }

    /** Champions: 2 customers, 300.00; Lost: 3 customers, 100.00. */
    public record FakeRun(String definitionName) implements SegmentRun {
        @Override
        public LocalDate asOf() {
            return LocalDate.of(2025, 7, 1);
        }

        @Override
        public List<SegmentStat> segments() {
            return List.of(new SegmentStat("champions", "Champions", null, 2, new BigDecimal("300.00")),
                    new SegmentStat("lost", "Lost", null, 3, new BigDecimal("100.00")));
        }
    }
}
