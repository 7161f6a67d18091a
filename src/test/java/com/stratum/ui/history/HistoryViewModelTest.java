package com.stratum.ui.history;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.TransactionTable;
import com.stratum.ui.builder.DefinitionStore;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.results.CustomerData;
import com.stratum.workspace.RunInfo;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewModelTest {

    private static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    /**
     * Purchases: x on 2024-01-10 and 2024-05-05; y on 2024-02-01; z on 2024-06-01 (one order each,
     * 10.00 each). As of 2024-03-31 (day after: 04-01): x and y have 1 purchase, z none yet.
     * As of 2024-06-30: x 2, y 1, z 1.
     */
    static CustomerData data() {
        TransactionTable.Builder b = TransactionTable.builder(8);
        b.add(b.customer("x"), b.newOrder(), day(2024, 1, 10), TransactionTable.TIME_UNKNOWN, 1000);
        b.add(b.customer("y"), b.newOrder(), day(2024, 2, 1), TransactionTable.TIME_UNKNOWN, 1000);
        b.add(b.customer("x"), b.newOrder(), day(2024, 5, 5), TransactionTable.TIME_UNKNOWN, 1000);
        b.add(b.customer("z"), b.newOrder(), day(2024, 6, 1), TransactionTable.TIME_UNKNOWN, 1000);
        return new CustomerData(b.build(), null, null);
    }

    @Test
    void asOfReRunsGiveSizesOverTimeAndTheMigrationBetweenDates() {
        HistoryViewModel vm = new HistoryViewModel(LatestRunner.direct());
        DefinitionStore store = DefinitionStore.inMemory();
        store.save(new Definition("repeat", 0, "custom", null, null, null, List.of(
                new SegmentSpec("repeat", "Repeat", null, null, null, null, Criterion.and(Condition.ge("frequency", 2))),
                new SegmentSpec("once", "Once", null, null, null, null, Criterion.and(Condition.eq("frequency", 1)))),
                null, null, null));
        vm.storeProperty().set(store);
        vm.dataProperty().set(data());
        // the data runs from 2024-01-10 to 2024-06-01: quarter ends 03-31 (06-30 is after the last date)
        assertThat(vm.quarterEnds()).containsExactly(LocalDate.of(2024, 3, 31));
        vm.runAsOf("repeat", List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30)));
        AsOfSeries s = vm.seriesProperty().get();
        assertThat(s.sizes().segments()).containsExactly("Repeat", "Once", "Everyone else");
        // as of Q1: no repeat customer, x and y once; as of Q2: x repeat, y and z once
        assertThat(s.sizes().values()[0]).containsExactly(0, 1);
        assertThat(s.sizes().values()[1]).containsExactly(2, 2);
        // x moved from Once to Repeat between the two dates
        assertThat(vm.migrationProperty().get().comparison().movers("Once", "Repeat")).containsExactly("x");
        // the medium date style of the locale, as in Results (English: "Mar 31, 2024")
        assertThat(vm.migrationProperty().get().from()).isEqualTo("repeat v1, as of Mar 31, 2024");
    }

    private static Definition repeat() {
        return new Definition("repeat", 0, "custom", null, null, null, List.of(
                new SegmentSpec("repeat", "Repeat", null, null, null, null, Criterion.and(Condition.ge("frequency", 2))),
                new SegmentSpec("once", "Once", null, null, null, null, Criterion.and(Condition.eq("frequency", 1)))),
                null, null, null);
    }

    @Test
    void asOfReRunsAreKeptAsRunsAndListedAtOnce(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            HistoryViewModel vm = new HistoryViewModel(LatestRunner.direct());
            vm.workspaceProperty().set(ws);
            vm.storeProperty().get().save(repeat());
            vm.dataProperty().set(data());
            assertThat(vm.runs()).isEmpty();

            vm.runAsOf("repeat", List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30)));

            // both dates are in the list without any refresh: newest first, analysis date = the day after
            assertThat(vm.runs()).extracting(RunInfo::asOf)
                    .containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 4, 1));
            assertThat(vm.runs()).extracting(RunInfo::definitionName).containsOnly("repeat");
            assertThat(vm.runs()).extracting(RunInfo::definitionVersion).containsOnly(1);
            // as of 2024-03-31 x and y had bought (z not yet); by 2024-06-30 all three
            assertThat(vm.runs()).extracting(RunInfo::customers).containsExactly(3L, 2L);

            // the two kept runs compare like the two dates: x moved from Once to Repeat
            vm.compareRuns(vm.runs().get(0).id(), vm.runs().get(1).id());
            HistoryViewModel.Migration m = vm.migrationProperty().get();
            assertThat(m.comparison().movers("Once", "Repeat")).containsExactly("x");
            assertThat(m.from()).startsWith("Run " + vm.runs().get(1).id() + ": repeat v1, as of Apr 1, 2024");

            // and the migration exports to a workbook with the movers listed
            Path xlsx = dir.resolve("runs.xlsx");
            vm.exportTo(xlsx);
            assertThat(vm.exporter().lastProperty().get().file()).isEqualTo(xlsx.toAbsolutePath());
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
                var movers = wb.getSheet("Customers who moved");
                // x Once -> Repeat; z (none) -> Once
                assertThat(movers.getRow(1).getCell(0).getStringCellValue()).isEqualTo("x");
                assertThat(movers.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Once");
                assertThat(movers.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Repeat");
                assertThat(movers.getRow(2).getCell(0).getStringCellValue()).isEqualTo("z");
                assertThat(movers.getRow(2).getCell(1).getStringCellValue()).isEqualTo("(none)");
                assertThat(movers.getLastRowNum()).isEqualTo(2);
            }
        }
    }
}
