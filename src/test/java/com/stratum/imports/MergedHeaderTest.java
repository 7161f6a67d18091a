package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DatasetInfo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.stratum.imports.TestSheets.row;
import static com.stratum.imports.TestSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/** Merged header cells give the covered columns their label instead of "Column N" (xlsx and xls). */
class MergedHeaderTest extends ImportTestSupport {

    /** "Amount" merged over C1:D1, the second cell of the merge is empty in the file. */
    private TestSheets.SheetSpec oneRow() {
        return sheet("Orders",
                row("Customer ID", "Date", "Amount", null),
                row("A1", LocalDate.of(2024, 1, 5), 10, 1),
                row("A2", LocalDate.of(2024, 1, 6), 20.5, 2)).merge("C1:D1");
    }

    /**
     * Row 1: "Customer ID" and "Date" merged down over rows 1-2, "Amount" merged over C1:D1;
     * row 2: "Gross" and "Net" under "Amount". Data from row 3.
     */
    private TestSheets.SheetSpec groupOverSubLabels() {
        return sheet("Orders",
                row("Customer ID", "Date", "Amount", null),
                row(null, null, "Gross", "Net"),
                row("A1", LocalDate.of(2024, 1, 5), 12, 10),
                row("A2", LocalDate.of(2024, 1, 6), 24.6, 20.5)).merge("A1:A2", "B1:B2", "C1:D1");
    }

    /** A title over the whole width, a group label over part of it, and a full header row below. */
    private TestSheets.SheetSpec groupAboveFullHeader() {
        return sheet("Orders",
                row("Sales report 2024", null, null, null, null),
                row(null, null, null, "Amount", null),
                row("Customer ID", "Date", "Store", "Gross", "Net"),
                row("A1", LocalDate.of(2024, 1, 5), "Lyon", 12, 10),
                row("A2", LocalDate.of(2024, 1, 6), "Paris", 24.6, 20.5)).merge("A1:E1", "D2:E2");
    }

    @Test
    void aHeaderMergedOverTwoColumnsNamesBoth() throws Exception {
        for (Path f : List.of(TestSheets.xlsx(dir.resolve("one.xlsx"), oneRow()),
                TestSheets.xls(dir.resolve("one.xls"), oneRow()))) {
            ImportResult r = importFile(f);
            DatasetInfo d = dataset(r.datasetId());
            assertThat(d.columns()).extracting(c -> c.header())
                    .containsExactly("Customer ID", "Date", "Amount", "Amount (2)");
            assertThat(r.rowsImported()).isEqualTo(2);
        }
    }

    @Test
    void aGroupLabelOverSubLabelsGivesGroupSlashSub() throws Exception {
        for (Path f : List.of(TestSheets.xlsx(dir.resolve("two.xlsx"), groupOverSubLabels()),
                TestSheets.xls(dir.resolve("two.xls"), groupOverSubLabels()))) {
            ImportResult r = importFile(f);
            DatasetInfo d = dataset(r.datasetId());
            assertThat(d.columns()).extracting(c -> c.header())
                    .containsExactly("Customer ID", "Date", "Amount / Gross", "Amount / Net");
            // the sub-label row is part of the header, not a rejected data row
            assertThat(r.rowsRead()).isEqualTo(2);
            assertThat(r.rowsRejected()).isZero();
            assertThat(d.columns().get(0).role()).isEqualTo(ColumnRole.CUSTOMER_ID);
            List<List<Object>> rows = rows(r.datasetId());
            assertThat(rows.get(1)).containsExactly("A2", LocalDate.of(2024, 1, 6), new BigDecimal("24.6"),
                    new BigDecimal("20.5"));
        }
    }

    @Test
    void aGroupLabelAboveAFullHeaderRowPrefixesItsColumnsButATitleDoesNot() throws Exception {
        for (Path f : List.of(TestSheets.xlsx(dir.resolve("above.xlsx"), groupAboveFullHeader()),
                TestSheets.xls(dir.resolve("above.xls"), groupAboveFullHeader()))) {
            ImportResult r = importFile(f);
            DatasetInfo d = dataset(r.datasetId());
            assertThat(d.columns()).extracting(c -> c.header())
                    .containsExactly("Customer ID", "Date", "Store", "Amount / Gross", "Amount / Net");
            assertThat(r.rowsImported()).isEqualTo(2);
        }
    }
}
