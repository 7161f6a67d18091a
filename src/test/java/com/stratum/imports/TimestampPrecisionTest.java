package com.stratum.imports;

import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.DataType;
import com.stratum.workspace.RowPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timestamps keep microseconds, rounded half-up, as the SQL column {@code TIMESTAMP} (precision 6)
 * of the row layout did before schema 3: a file imported now gives the same values and customer
 * measures as the same file imported then (and as a workspace converted from then).
 */
class TimestampPrecisionTest extends ImportTestSupport {

    @Test
    void aTimestampCellKeepsMicrosecondsRoundedHalfUp() {
        CellConverter conv = new CellConverter(false);
        ColumnType ts = ColumnType.of(DataType.TIMESTAMP);
        // .1234567 s = 123,456.7 us -> 123,457 us
        assertThat(conv.convert("2024-01-31 10:15:00.1234567", ts))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 0, 123_457_000));
        // .0000004 s = 0.4 us -> 0 us
        assertThat(conv.convert("2024-01-31 10:15:00.0000004", ts)).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15));
        // .0000005 s = 0.5 us -> 1 us (half-up)
        assertThat(conv.convert("2024-01-31 10:15:00.0000005", ts))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 0, 1_000));
        // .9999996 s = 999,999.6 us -> 1,000,000 us: the next second, here the next day
        assertThat(conv.convert("2024-01-31 23:59:59.9999996", ts)).isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
        // milliseconds and whole seconds are as written
        assertThat(conv.convert("2024-01-31 10:15:00.5", ts)).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 0, 500_000_000));
        // a DATE column takes the day as written: no rounding into the next day
        assertThat(conv.convert("2024-01-31 23:59:59.9999996", ColumnType.of(DataType.DATE)))
                .isEqualTo(LocalDate.of(2024, 1, 31));
    }

    /** The day a line counts on: 23:59:59.9999996 was stored (and counted) as the next midnight. */
    @Test
    void importedTimestampsAndTheDayTheyCountOn() throws Exception {
        String csv = "customer id,date,amount\n"
                + "C1,2024-01-31 23:59:59.9999996,10\n"
                + "C1,2024-01-30 10:15:00.1234567,5\n";
        ImportResult r = importFile(text("ts.csv", csv, StandardCharsets.UTF_8), new ImportOptions());
        assertThat(r.rowsImported()).isEqualTo(2);
        RowPage p = repo.page(r.datasetId(), 0, 2);
        assertThat(p.rows()).extracting(row -> row.get(1)).containsExactly(LocalDateTime.of(2024, 2, 1, 0, 0),
                LocalDateTime.of(2024, 1, 30, 10, 15, 0, 123_457_000));
        var t = new CustomerDataLoader(ws).load().transactions();
        // day numbers: 2024-02-01 is epoch day 19,754 (2024-01-01 is 19,723, plus 31), 2024-01-30 is 19,752
        assertThat(List.of(t.epochDay(0), t.epochDay(1))).containsExactly(19_754, 19_752);
        // midnight, and 10:15:00 = 36,900 s (the fraction is not counted)
        assertThat(List.of(t.secondOfDay(0), t.secondOfDay(1))).containsExactly(0, 36_900);
    }
}
