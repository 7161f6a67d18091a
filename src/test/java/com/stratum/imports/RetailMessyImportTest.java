package com.stratum.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.cli.StratumCli;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.RejectedRow;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static com.stratum.imports.TestSheets.Formula;
import static com.stratum.imports.TestSheets.row;
import static com.stratum.imports.TestSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Online-Retail-like export as analysts get it: a title row, text dates, cancelled invoices
 * ("C" prefix, negative quantities), lines without a customer, a blank row, a typo, a missing
 * date, a #DIV/0! formula and a total row. Imported through the CLI; the numbers are worked out
 * by hand below.
 */
class RetailMessyImportTest {

    @TempDir
    Path dir;

    @Test
    void messyRetailExportThroughTheCli() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("online-retail-messy.xlsx"), sheet("Online Retail",
                row("Online Retail export (UK)"),
                null,
                row("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"),
                row(536365, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, "12/1/2010 8:26", 2.55, 17850, "United Kingdom"),
                row(536365, 71053, "WHITE METAL LANTERN", 6, "12/1/2010 8:26", 3.39, 17850, "United Kingdom"),
                row(536366, 22633, "HAND WARMER UNION JACK", 6, "12/1/2010 8:28", 1.85, 17850, "United Kingdom"),
                row("C536379", "D", "Discount", -1, "12/1/2010 9:41", 27.50, 14527, "United Kingdom"),
                row(536414, 22139, "RETROSPOT TEA SET", 56, "12/1/2010 11:52", 0, null, "United Kingdom"),
                row(536544, 21773, "DECORATIVE ROSE BATHROOM BOTTLE", 1, "12/1/2010 14:32", 2.51, null, "United Kingdom"),
                null,
                row(536592, 22086, "PAPER CHAIN KIT", 2, "12/13/2010 17:06", 2.95, 13047, "United Kingdom"),
                row("C536391", 22556, "PLASTERS IN TIN CIRCUS PARADE", -12, "12/1/2010 10:24", 1.65, 17548, "United Kingdom"),
                row(536593, 22960, "JAM MAKING SET", 3, "not recorded", 4.25, 13047, "United Kingdom"),
                row(536594, 21754, "HOME BUILDING BLOCK WORD", "three", "12/14/2010 9:00", 5.95, 13047, "United Kingdom"),
                row(536595, 22457, "NATURAL SLATE HEART", 4, "12/14/2010 9:05", new Formula("1/0"), 13047, "United Kingdom"),
                row(null, null, "TOTAL", new Formula("SUM(D4:D15)"), null, null, null, null)));
        Path ws = dir.resolve("ws");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = StratumCli.run(new String[]{"import", f.toString(), "--workspace", ws.toString()});
        } finally {
            System.setOut(old);
        }
        assertThat(code).isEqualTo(0);
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        // 12 non-blank rows under the header (rows 4-9 and 11-16); rejected: 13 (date), 14 (quantity),
        // 15 (#DIV/0!), 16 (total row: no price, so no amount)
        assertThat(r.get("rows_read").asLong()).isEqualTo(12);
        assertThat(r.get("rows_imported").asLong()).isEqualTo(8);
        assertThat(r.get("rows_rejected").asLong()).isEqualTo(4);
        // customers 17850, 14527, 13047, 17548; anonymous rows 8 and 9
        assertThat(r.get("customers").asLong()).isEqualTo(4);
        assertThat(r.get("anonymous_lines").asLong()).isEqualTo(2);

        try (Workspace w = Workspace.open(ws)) {
            DatasetRepository repo = new DatasetRepository(w);
            DatasetInfo d = repo.list().get(0);
            List<List<Object>> rows = repo.page(d.id(), 0, 100).rows();
            // amounts: 15.30 + 20.34 + 11.10 - 27.50 + 0 + 2.51 + 5.90 - 19.80 = 7.85
            BigDecimal total = BigDecimal.ZERO;
            for (List<Object> row : rows) {
                total = total.add((BigDecimal) row.get(8));
            }
            assertThat(total).isEqualByComparingTo("7.85");
            assertThat(rows.get(0).get(0)).isEqualTo("536365");
            assertThat(rows.get(0).get(6)).isEqualTo("17850");
            assertThat(rows.get(0).get(4)).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
            assertThat(rows.get(3).get(0)).isEqualTo("C536379");
            // 12/13/2010 fixes the order: month first
            assertThat(rows.get(6).get(4)).isEqualTo(LocalDateTime.of(2010, 12, 13, 17, 6));

            List<RejectedRow> rejected = repo.rejectedRows(d.id(), 0, 10);
            assertThat(rejected).extracting(RejectedRow::rowNumber).containsExactly(13L, 14L, 15L, 16L);
            assertThat(rejected).extracting(RejectedRow::column)
                    .containsExactly("InvoiceDate", "Quantity", "UnitPrice", "UnitPrice");
            assertThat(rejected.get(0).reason()).contains("\"not recorded\" is not a date");
            assertThat(rejected.get(1).reason()).contains("\"three\" is not a number");
            assertThat(rejected.get(2).reason()).contains("#DIV/0!");
            assertThat(rejected).allSatisfy(x -> assertThat(x.sheet()).isEqualTo("Online Retail"));
        }
    }
}
