package com.stratum.ui.importwizard;

import com.stratum.imports.ImportOptions;
import com.stratum.imports.ImportResult;
import com.stratum.imports.Importer;
import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.RejectedRow;
import com.stratum.workspace.Workspace;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rejection reason the importer writes is recognised and worded in Chinese, and shown
 * unchanged in English. The reasons come from real imports of files written here, so a change of
 * wording in the importer fails this test instead of silently showing English in the Chinese window.
 */
class RejectionReasonsTest {

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<String> reasons(Path file, ImportOptions options) {
        ImportResult r = Importer.run(ws, file, options, null);
        List<String> out = new ArrayList<>();
        for (RejectedRow row : new DatasetRepository(ws).rejectedRows(r.datasetId(), 0, 100)) {
            out.add(row.reason());
        }
        return out;
    }

    @Test
    void everyShapeTheImporterWritesIsTranslated() throws Exception {
        StringBuilder csv = new StringBuilder("Customer ID,Date,Amount,Big,Flag\n");
        for (int i = 0; i < 12; i++) {
            csv.append("A").append(i).append(",2024-01-01,1.5,5,yes\n");
        }
        csv.append("B,2024-01-02,n/a,5,no\n")                      // not a number
                .append("C,soon,2,5,no\n")                          // not a date
                .append("D,,2,5,no\n")                              // the date is empty
                .append("E,2024-01-03,,5,no\n")                     // the amount is empty
                .append("F,2024-01-03,2,100000000000000000000,no\n") // too large for a whole number
                .append("G,2024-01-03,2,2.5,no\n")                  // not a whole number
                .append("H,2024-01-03,2,5,maybe\n");                // not yes/no
        Path main = dir.resolve("main.csv");
        Files.writeString(main, csv);
        List<String> found = new ArrayList<>(reasons(main,
                new ImportOptions().type("Big", DataType.INTEGER).type("Flag", DataType.BOOLEAN)));

        Path derived = dir.resolve("derived.csv");
        Files.writeString(derived, "Customer ID,Date,Quantity,Unit Price\nA,2024-01-01,2,3\nB,2024-01-02,,3\n"
                + "C,2024-01-03,1,4\nD,2024-01-04,1,4\n");
        found.addAll(reasons(derived, new ImportOptions()));

        // a value right of the last column can only come after the rows the columns are read from
        StringBuilder wide = new StringBuilder("Customer ID,Date,Amount\n");
        for (int i = 0; i < 1100; i++) {
            wide.append("A,2024-01-01,1\n");
        }
        wide.append("Z,2024-01-02,1,extra\n");
        Path widePath = dir.resolve("wide.csv");
        Files.writeString(widePath, wide);
        found.addAll(reasons(widePath, new ImportOptions()));

        Path errors = dir.resolve("errors.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("S");
            String[][] rows = {{"Customer ID", "Date", "Amount"}, {"A", "2024-01-01", "1"}, {"B", "2024-01-02", "2"},
                    {"C", "2024-01-03", null}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int c = 0; c < 3; c++) {
                    if (rows[i][c] != null) {
                        r.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
            s.getRow(3).createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
            try (OutputStream out = Files.newOutputStream(errors)) {
                wb.write(out);
            }
        }
        found.addAll(reasons(errors, new ImportOptions()));

        RejectionReasons en = new RejectionReasons(new WizardTexts(Locale.ENGLISH));
        RejectionReasons zh = new RejectionReasons(new WizardTexts(Locale.SIMPLIFIED_CHINESE));
        Map<String, String> chinese = new LinkedHashMap<>();
        for (String r : found) {
            assertThat(en.show(r)).as("English shows the importer's text").isEqualTo(r);
            chinese.put(r, zh.show(r));
        }
        // one reason per bad row above, in the order the rows were written
        assertThat(chinese.values()).containsExactly(
                "“n/a”不是数字",
                "“soon”不是日期",
                "日期为空",
                "金额为空",
                "“100000000000000000000”太大",
                "“2.5”不是整数",
                "“maybe”不是“是/否”",
                "为空，无法计算金额（数量 x 单价）",
                "最后一列右侧还有值（extra）",
                "错误值 #DIV/0!");
        assertThat(zh.show("something new")).isEqualTo("something new");
    }
}
