package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static com.stratum.imports.TestSheets.Formula;
import static com.stratum.imports.TestSheets.row;
import static com.stratum.imports.TestSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** .xlsx (streamed) and .xls workbooks of every shape the design lists. */
class WorkbookFormatsTest extends ImportTestSupport {

    private TestSheets.SheetSpec retail() {
        return sheet("Online Retail",
                row("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"),
                row(536365, "85123A", "WHITE HANGING HEART", 6, LocalDateTime.of(2010, 12, 1, 8, 26), 2.55, 17850, "United Kingdom"),
                row("C536379", "D", "Discount", -1, LocalDateTime.of(2010, 12, 1, 9, 41), 27.5, 14527, "United Kingdom"),
                row(536414, "22139", "RETROSPOT TEA SET", 56, LocalDateTime.of(2010, 12, 1, 11, 52), 0.1, null, "United Kingdom"));
    }

    @Test
    void xlsxIdsStayIdsAndAmountIsDerivedExactly() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("retail.xlsx"), retail());
        ImportResult r = importFile(f);
        assertThat(r.kind()).isEqualTo(DatasetKind.TRANSACTIONS);
        assertThat(r.rowsImported()).isEqualTo(3);
        assertThat(r.customers()).isEqualTo(2);
        assertThat(r.anonymousLines()).isEqualTo(1);
        DatasetInfo d = dataset(r.datasetId());
        assertThat(d.columns()).extracting(c -> c.role()).containsExactly(ColumnRole.ORDER_ID, ColumnRole.PRODUCT,
                null, ColumnRole.QUANTITY, ColumnRole.DATE, ColumnRole.UNIT_PRICE, ColumnRole.CUSTOMER_ID,
                ColumnRole.COUNTRY, ColumnRole.AMOUNT);
        assertThat(d.columns().get(8).header()).isEqualTo("Amount (quantity x unit price)");
        assertThat(d.columns().get(8).sqlName()).isEqualTo("C9");
        assertThat(d.columns().get(8).dataType()).isEqualTo(DataType.DECIMAL);
        List<List<Object>> rows = rows(r.datasetId());
        // 6 x 2.55 = 15.30; -1 x 27.5 = -27.50; 56 x 0.1 = 5.6 (exactly, not 5.6000000000000005)
        assertThat(rows.get(0)).containsExactly("536365", "85123A", "WHITE HANGING HEART", 6L,
                LocalDateTime.of(2010, 12, 1, 8, 26), new BigDecimal("2.55"), "17850", "United Kingdom",
                new BigDecimal("15.3"));
        assertThat(rows.get(1).get(0)).isEqualTo("C536379");
        assertThat(rows.get(1).get(8)).isEqualTo(new BigDecimal("-27.5"));
        assertThat(rows.get(2).get(6)).isNull();
        assertThat(rows.get(2).get(8)).isEqualTo(new BigDecimal("5.6"));
    }

    @Test
    void xlsReadsTheSameWay() throws Exception {
        Path f = TestSheets.xls(dir.resolve("retail.xls"), retail());
        ImportResult r = importFile(f);
        assertThat(r.rowsImported()).isEqualTo(3);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(rows.get(0)).containsExactly("536365", "85123A", "WHITE HANGING HEART", 6L,
                LocalDateTime.of(2010, 12, 1, 8, 26), new BigDecimal("2.55"), "17850", "United Kingdom",
                new BigDecimal("15.3"));
    }

    @Test
    void formulasGiveCachedValuesAndErrorCellsRejectTheRow() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("formulas.xlsx"), sheet("Orders",
                row("Customer ID", "Date", "Quantity", "Unit Price", "Amount", "Margin"),
                row("A1", LocalDate.of(2024, 1, 5), 2, 10, new Formula("C2*D2"), new Formula("E2/C2")),
                row("A2", LocalDate.of(2024, 1, 6), 0, 10, new Formula("C3*D3"), new Formula("E3/C3")),
                row("A3", LocalDate.of(2024, 1, 7), 3, 1.5, new Formula("C4*D4"), new Formula("E4/C4"))));
        ImportResult r = importFile(f);
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(r.rowsRejected()).isEqualTo(1);
        List<List<Object>> rows = rows(r.datasetId());
        assertThat(rows.get(0).get(4)).isEqualTo(new BigDecimal("20")); // 2 x 10
        assertThat(rows.get(1).get(4)).isEqualTo(new BigDecimal("4.5")); // 3 x 1.5
        var rej = repo.rejectedRows(r.datasetId(), 0, 10).get(0);
        assertThat(rej.sheet()).isEqualTo("Orders");
        assertThat(rej.rowNumber()).isEqualTo(3);
        assertThat(rej.column()).isEqualTo("Margin");
        assertThat(rej.reason()).contains("#DIV/0!");
    }

    @Test
    void date1904SystemIsHonoured() throws Exception {
        Path f = TestSheets.xlsx1904(dir.resolve("mac.xlsx"), sheet("S",
                row("Customer ID", "Date", "Amount"),
                row("A", LocalDate.of(2024, 1, 31), 5),
                row("B", LocalDateTime.of(2023, 12, 24, 18, 30), 6)));
        ImportResult r = importFile(f);
        assertThat(rows(r.datasetId())).extracting(x -> x.get(1))
                .containsExactly(LocalDateTime.of(2024, 1, 31, 0, 0), LocalDateTime.of(2023, 12, 24, 18, 30));
    }

    @Test
    void severalSheetsAreListedAndPickedByName() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("two.xlsx"),
                sheet("Notes", row("This workbook has two sheets")),
                sheet("客户", row("会员号", "性别", "城市"), row("M1", "女", "上海"), row("M2", "男", "北京")));
        assertThat(Importer.sheetNames(f, null)).containsExactly("Notes", "客户");
        ImportResult r = importFile(f, new ImportOptions().sheet("客户"));
        assertThat(r.kind()).isEqualTo(DatasetKind.CUSTOMERS);
        assertThat(r.sheet()).isEqualTo("客户");
        assertThat(r.customers()).isEqualTo(2);
        assertThat(dataset(r.datasetId()).columns()).extracting(c -> c.role())
                .containsExactly(ColumnRole.CUSTOMER_ID, ColumnRole.GENDER, ColumnRole.CITY);
        assertThatThrownBy(() -> importFile(f, new ImportOptions().sheet("Missing")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("two.xlsx").hasMessageContaining("no sheet named \"Missing\"")
                .hasMessageContaining("Notes, 客户");
    }

    @Test
    void titleRowsBlankRowsTrailingColumnsAndMessyHeaders() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("messy.xlsx"), sheet("Export",
                row("Sales export"),
                row("Generated 2024-03-01 by POS"),
                null,
                row("Customer ID", "Date", "Amount", "Amount", null, "Note"),
                row("A", LocalDate.of(2024, 1, 1), 1, 2, "x", null),
                null,
                row("B", LocalDate.of(2024, 1, 2), 3, 4, "y", "ok"),
                row(null, null, null, null, null, null, null, null)));
        ImportPreview p = Importer.preview(f, new ImportOptions(), 10);
        assertThat(p.headerRowNumber()).isEqualTo(4);
        assertThat(p.columns()).extracting(ColumnPlan::header)
                .containsExactly("Customer ID", "Date", "Amount", "Amount (2)", "Column 5", "Note");
        ImportResult r = importFile(f);
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(page(r.datasetId()).sourceRows()).containsExactly(5L, 7L);
        // only the first "Amount" has the amount role (decimal); the renamed copy is a plain integer column
        assertThat(rows(r.datasetId()).get(1)).containsExactly("B", LocalDate.of(2024, 1, 2), new BigDecimal("3"),
                4L, "y", "ok");
    }

    @Test
    void serialNumbersInADateColumnAreDates() throws Exception {
        // 45322 is 2024-01-31 and 45322.5 is noon that day in the 1900 date system
        Path f = TestSheets.xlsx(dir.resolve("serials.xlsx"), sheet("S",
                row("Customer ID", "Order Date", "Amount"), row("A", 45322, 5), row("B", 45322.5, 6)));
        ImportResult r = importFile(f);
        assertThat(rows(r.datasetId())).extracting(x -> x.get(1))
                .containsExactly(LocalDateTime.of(2024, 1, 31, 0, 0), LocalDateTime.of(2024, 1, 31, 12, 0));
    }

    @Test
    void previewShowsTypesRolesAndTheCellsThatWouldBeRejected() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("preview.xlsx"), sheet("S",
                row("客户ID", "日期", "金额", "渠道"),
                row("A", "2024-01-05", "¥100.00", "online"),
                row("B", "2024-01-06", "n/a", "store"),
                row("C", "2024-01-07", "(20.00)", "mobile")));
        ImportPreview p = Importer.preview(f, new ImportOptions(), 10);
        assertThat(p.kind()).isEqualTo(DatasetKind.TRANSACTIONS);
        assertThat(p.problems()).isEmpty();
        assertThat(p.columns()).extracting(ColumnPlan::dataType)
                .containsExactly(DataType.TEXT, DataType.DATE, DataType.DECIMAL, DataType.TEXT);
        assertThat(p.columns()).extracting(ColumnPlan::role)
                .containsExactly(ColumnRole.CUSTOMER_ID, ColumnRole.DATE, ColumnRole.AMOUNT, ColumnRole.CHANNEL);
        assertThat(p.rows()).hasSize(3);
        assertThat(p.rows().get(0).rejected()).isFalse();
        assertThat(p.rows().get(1).rejected()).isTrue();
        assertThat(p.rows().get(1).rejectedColumn()).isEqualTo("金额");
        assertThat(p.rows().get(1).rejectReason()).contains("\"n/a\" is not a number");
        assertThat(p.rows().get(2).cells()).containsExactly("C", "2024-01-07", "(20.00)", "mobile");
    }
}
