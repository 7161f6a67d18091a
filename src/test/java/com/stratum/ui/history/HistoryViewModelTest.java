package com.stratum.ui.history;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.features.TransactionTable;
import com.stratum.ui.builder.DefinitionStore;
import com.stratum.ui.charts.LatestRunner;
import com.stratum.ui.results.CustomerData;
import org.junit.jupiter.api.Test;

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
        vm.runAsOf("repeat", List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30)), s -> s.name());
        AsOfSeries s = vm.seriesProperty().get();
        assertThat(s.sizes().segments()).containsExactly("Repeat", "Once", "Everyone else");
        // as of Q1: no repeat customer, x and y once; as of Q2: x repeat, y and z once
        assertThat(s.sizes().values()[0]).containsExactly(0, 1);
        assertThat(s.sizes().values()[1]).containsExactly(2, 2);
        // x moved from Once to Repeat between the two dates
        assertThat(vm.migrationProperty().get().movers("Once", "Repeat")).containsExactly("x");
    }
}
