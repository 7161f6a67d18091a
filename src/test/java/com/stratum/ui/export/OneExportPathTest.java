package com.stratum.ui.export;

import com.stratum.cli.StratumCli;
import com.stratum.cli.WorkspaceFrames;
import com.stratum.engine.Assignment;
import com.stratum.engine.Evaluator;
import com.stratum.engine.definition.Definition;
import com.stratum.exports.SegmentListExport.PersonalData;
import com.stratum.ui.AppContext;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.results.WorkspaceCustomers;
import com.stratum.workspace.DefinitionRepository;
import com.stratum.workspace.Workspace;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI's {@code segment --export} and the window's export request write the same sheets and the
 * same rows for the same run: both go through {@code exports.SegmentExport}. Only the header row
 * (machine keys on the CLI, names for people in the window) and the export time may differ.
 */
class OneExportPathTest {

    static final List<String> COLUMNS = List.of("segment", "recency_days", "frequency", "monetary", "r_score",
            "email", "phone", "name");

    @TempDir
    Path dir;

    @Test
    void cliAndWindowWriteTheSameSheetsAndRows() throws Exception {
        Path tx = dir.resolve("tx.csv");
        Files.writeString(tx, "customer_id,order_id,date,amount\nA,1,2024-01-10,100.00\nA,2,2024-01-20,50.00\n"
                + "B,3,2024-01-05,30.00\nC,4,2024-01-15,20.10\nD,5,2023-06-01,999.99\nE,6,2023-12-24,5.00\n");
        Path customers = dir.resolve("customers.csv");
        Files.writeString(customers, "customer_id,name,email,phone\nA,Alice Ames,alice@example.com,13812345678\n"
                + "B,王芳,wang.fang@example.cn,13900001111\nC,=cmd,+c@example.com,\nF,Nobody,f@example.com,1\n");
        Path ws = dir.resolve("ws");
        WorkspaceFrames.use(WorkspaceFrames.fromWorkspace());
        assertThat(StratumCli.run(new String[] {"import", tx.toString(), "--workspace", ws.toString()})).isZero();
        assertThat(StratumCli.run(new String[] {"import", customers.toString(), "--workspace", ws.toString(),
                "--as", "customers"})).isZero();

        Path cli = dir.resolve("cli.xlsx");
        assertThat(StratumCli.run(new String[] {"segment", "--workspace", ws.toString(), "--definition",
                "rfm-standard", "--export", cli.toString(), "--columns", String.join(",", COLUMNS),
                "--personal", "mask"})).isZero();

        Path window = dir.resolve("window.xlsx");
        try (Workspace w = Workspace.open(ws)) {
            Definition def = new DefinitionRepository(w).latest("rfm-standard").orElseThrow();
            Assignment run = Evaluator.evaluate(def, WorkspaceCustomers.load(w).frame());
            AppContext ctx = new AppContext(new Localization(Locale.ENGLISH), null, null, null, null, null, null,
                    null, null, null);
            new ExportViewModel(ctx).request(w, run, COLUMNS, PersonalData.MASK, -1, Locale.ENGLISH).write(window);
        }

        try (XSSFWorkbook a = open(cli); XSSFWorkbook b = open(window)) {
            List<String> sheets = sheetNames(a);
            assertThat(sheets).isEqualTo(sheetNames(b)).first().isEqualTo("Summary");
            assertThat(sheets.size()).isGreaterThan(2);
            for (int s = 0; s < a.getNumberOfSheets(); s++) {
                List<List<String>> rowsA = rows(a.getSheetAt(s));
                List<List<String>> rowsB = rows(b.getSheetAt(s));
                if (s == 0) { // the summary: the same but for the export time (row 3)
                    rowsA.remove(2);
                    rowsB.remove(2);
                } else {
                    assertThat(rowsA.get(0)).hasSameSizeAs(rowsB.get(0));
                    rowsA.remove(0);
                    rowsB.remove(0);
                }
                assertThat(rowsA).as(sheets.get(s)).isEqualTo(rowsB);
            }
            // masked, and the e-mail column is there: A's row shows a***@example.com
            assertThat(a.getNumberOfSheets()).isEqualTo(b.getNumberOfSheets());
            boolean seen = false;
            for (int s = 1; s < a.getNumberOfSheets(); s++) {
                seen |= rows(a.getSheetAt(s)).stream().anyMatch(r -> r.contains("a***@example.com")
                        && r.contains("138****5678") && r.contains("A***"));
            }
            assertThat(seen).isTrue();
            assertThat(b.getAllPictures()).hasSize(2);
        }
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            out.add(wb.getSheetName(i));
        }
        return out;
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter f = new DataFormatter(Locale.ROOT);
        List<List<String>> out = new ArrayList<>();
        for (Row r : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.getLastCellNum(); c++) {
                Cell cell = r.getCell(c);
                cells.add(cell == null ? "" : f.formatCellValue(cell));
            }
            out.add(cells);
        }
        return out;
    }
}
