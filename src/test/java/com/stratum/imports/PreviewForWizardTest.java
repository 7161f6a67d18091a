package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DatasetKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static com.stratum.imports.TestSheets.row;
import static com.stratum.imports.TestSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/** What the import wizard needs from the preview: every bad cell of a row, and a column left without a role. */
class PreviewForWizardTest extends ImportTestSupport {

    @Test
    void everyCellThatWouldRejectARowIsNamed() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("cells.xlsx"), sheet("S",
                row("Customer ID", "Date", "Quantity", "Unit Price"),
                row("A", LocalDate.of(2024, 1, 5), 2, 3.5),
                // two bad cells in one row: a text date and a quantity that is not a number
                row("B", "not a date", "two", 1.25),
                // the date is empty and the unit price too, so the derived amount cannot be computed
                row("C", null, 1, null),
                // good rows, so dates and numbers stay the majority the types are inferred from
                row("D", LocalDate.of(2024, 1, 6), 1, 1),
                row("E", LocalDate.of(2024, 1, 7), 1, 1)));
        ImportPreview p = Importer.preview(f, new ImportOptions(), 10);
        assertThat(p.kind()).isEqualTo(DatasetKind.TRANSACTIONS);
        // columns: 0 Customer ID, 1 Date, 2 Quantity, 3 Unit Price, 4 derived amount
        assertThat(p.columns()).hasSize(5);
        assertThat(p.rows().get(0).cellRejections()).isEmpty();

        ImportPreview.Row b = p.rows().get(1);
        assertThat(b.rejected()).isTrue();
        assertThat(b.cellRejections()).containsOnlyKeys(1, 2);
        assertThat(b.cellRejection(1)).contains("\"not a date\" is not a date");
        assertThat(b.cellRejection(2)).contains("\"two\" is not a number");
        // the row-level answer stays the first bad cell
        assertThat(b.rejectedColumn()).isEqualTo("Date");

        ImportPreview.Row c = p.rows().get(2);
        assertThat(c.cellRejections()).containsOnlyKeys(1, 3);
        assertThat(c.cellRejection(1)).isEqualTo("the date is empty");
        assertThat(c.cellRejection(3)).contains("amount (quantity x unit price) cannot be computed");
    }

    @Test
    void aColumnLeftWithoutARoleLetsTheRoleGoElsewhere() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("roles.xlsx"), sheet("S",
                row("Customer ID", "Date", "Total", "Amount"),
                row("A", LocalDate.of(2024, 1, 5), 10, 8)));
        ImportPreview auto = Importer.preview(f, new ImportOptions(), 10);
        assertThat(auto.columns()).extracting(ColumnPlan::role)
                .containsExactly(ColumnRole.CUSTOMER_ID, ColumnRole.DATE, ColumnRole.AMOUNT, null);

        // "Total" without a role: the amount role falls to the next header that suggests it
        ImportPreview cleared = Importer.preview(f, new ImportOptions().noRole("Total"), 10);
        assertThat(cleared.columns()).extracting(ColumnPlan::role)
                .containsExactly(ColumnRole.CUSTOMER_ID, ColumnRole.DATE, null, ColumnRole.AMOUNT);

        // an explicit mapping wins over "no role"
        ImportPreview mapped = Importer.preview(f, new ImportOptions().noRole("Total").map("amount", "Total"), 10);
        assertThat(mapped.columns()).extracting(ColumnPlan::role)
                .containsExactly(ColumnRole.CUSTOMER_ID, ColumnRole.DATE, ColumnRole.AMOUNT, null);

        assertThat(RoleMapper.map(java.util.List.of("Customer ID", "Gender"), Map.of(),
                java.util.Set.of("Gender"), "f.csv")).containsExactly(ColumnRole.CUSTOMER_ID, null);
    }

    @Test
    void aDateWrittenAsTextShowsHowItWillBeRead() throws Exception {
        // 31.01.2024 can only be day-first, so the column reads day.month.year: 05.03.2024 is 5 March 2024
        Path f = text("dots.csv", "customer id,date,amount\nA,31.01.2024,1\nB,05.03.2024,2\nC,2024-03-07,3\n",
                java.nio.charset.StandardCharsets.UTF_8);
        ImportPreview p = Importer.preview(f, new ImportOptions(), 10);
        assertThat(p.rows().get(0).readAs(1)).isEqualTo("2024-01-31");
        assertThat(p.rows().get(1).cells().get(1)).isEqualTo("05.03.2024");
        assertThat(p.rows().get(1).readAs(1)).isEqualTo("2024-03-05");
        // year-first text reads as written: nothing to show
        assertThat(p.rows().get(2).readAs(1)).isNull();
        // only dates: the customer id and the amount have no reading to show
        assertThat(p.rows().get(1).readAs(0)).isNull();
        assertThat(p.rows().get(1).readAs(2)).isNull();
    }
}
