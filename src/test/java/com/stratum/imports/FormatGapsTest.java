package com.stratum.imports;

import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetInfo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.stratum.imports.TestSheets.Formula;
import static com.stratum.imports.TestSheets.row;
import static com.stratum.imports.TestSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes of the "Formats and shapes" list that had only unit tests of the parsers:
 * here each goes through a whole import of a file the test builds.
 */
class FormatGapsTest extends ImportTestSupport {

    /**
     * GB18030 beyond GBK: 𠮷 (U+20BB7) is a four-byte GB18030 sequence that GBK cannot encode,
     * so the file can only be read right as GB18030 (which the detection picks when UTF-8 fails).
     */
    @Test
    void gb18030BeyondGbk() throws Exception {
        Charset gb18030 = Charset.forName("GB18030");
        assertThat(Charset.forName("GBK").newEncoder().canEncode("𠮷")).isFalse();
        String content = "客户ID,姓名,日期,金额\nA1,吉𠮷,2024-01-31,10\nA2,王芳,2024-02-01,20\n";
        ImportResult r = importFile(text("gb18030.csv", content, gb18030));
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(rows(r.datasetId()).get(0)).containsExactly("A1", "吉𠮷", LocalDate.of(2024, 1, 31),
                new BigDecimal("10"));
    }

    /** 2024/01/31, 31.01.2024 and 2024年1月31日 columns in one file, each a date column. */
    @Test
    void dateShapesInAFile() throws Exception {
        String content = "customer id,slash,dotted,chinese,amount\n"
                + "C1,2024/01/31,31.01.2024,2024年1月31日,1\n"
                + "C2,2024/02/29,29.02.2024,2024年2月29日,2\n";
        ImportResult r = importFile(text("dates.csv", content, StandardCharsets.UTF_8));
        DatasetInfo d = dataset(r.datasetId());
        assertThat(d.columns()).extracting(c -> c.dataType()).containsExactly(DataType.TEXT, DataType.DATE,
                DataType.DATE, DataType.DATE, DataType.DECIMAL); // an amount is money, whole or not
        assertThat(rows(r.datasetId()).get(1).subList(1, 4)).containsOnly(LocalDate.of(2024, 2, 29));
    }

    /** #N/A from a formula (NA()) rejects its row, named by sheet, row, column and the error code. */
    @Test
    void naErrorCellRejectsItsRow() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("na.xlsx"), sheet("Lookup",
                row("Customer ID", "Date", "Amount"),
                row("A1", LocalDate.of(2024, 1, 5), 3),
                row("A2", LocalDate.of(2024, 1, 6), new Formula("NA()"))));
        ImportResult r = importFile(f);
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.rowsImported()).isEqualTo(1);
        assertThat(r.rowsRejected()).isEqualTo(1);
        var rej = repo.rejectedRows(r.datasetId(), 0, 10).get(0);
        assertThat(rej.sheet()).isEqualTo("Lookup");
        assertThat(rej.rowNumber()).isEqualTo(3);
        assertThat(rej.column()).isEqualTo("Amount");
        assertThat(rej.reason()).contains("#N/A");
    }

    /** Excel's own TRUE/FALSE cells give a boolean column (xlsx and xls). */
    @Test
    void booleanCells() throws Exception {
        TestSheets.SheetSpec s = sheet("S",
                row("Customer ID", "Date", "Amount", "Member"),
                row("A1", LocalDate.of(2024, 1, 5), 3, true),
                row("A2", LocalDate.of(2024, 1, 6), 4, false));
        for (Path f : List.of(TestSheets.xlsx(dir.resolve("b.xlsx"), s), TestSheets.xls(dir.resolve("b.xls"), s))) {
            ImportResult r = importFile(f);
            assertThat(dataset(r.datasetId()).columns().get(3).dataType()).isEqualTo(DataType.BOOLEAN);
            assertThat(rows(r.datasetId())).extracting(x -> x.get(3)).containsExactly(true, false);
        }
    }
}
