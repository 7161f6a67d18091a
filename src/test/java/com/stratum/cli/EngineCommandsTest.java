package com.stratum.cli;

import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's CLI commands over a hand-made frame (handed in through {@link WorkspaceFrames}, the seam the
 * workspace loader plugs into). Frame: the R rfm worked example of RfmRCompatibleTest plus a customer
 * without purchases.
 */
class EngineCommandsTest {

    @TempDir
    Path dir;
    private Path ws;
    @RegisterExtension
    final CliRun cli = new CliRun();
    private WorkspaceFrames oldLoader;

    static CustomerFrame frame(LocalDate asOf) {
        BitSet none = new BitSet();
        return new CustomerFrame(new String[]{"A", "B", "C", "D", "E", "F", "G", "H"}, asOf == null ? LocalDate.of(2024, 1, 1) : asOf,
                List.of(new NumericColumn("recency_days", new double[]{2, 5, 7, 10, 13, 20, 30, Double.NaN}),
                        new NumericColumn("frequency", new double[]{8, 3, 4, 3, 2, 1, 1, 0}),
                        new MoneyColumn("monetary", new long[]{20000, 5000, 8000, 3525, 2000, 1050, 2000, 0}, none)));
    }

    @BeforeEach
    void setUp() {
        ws = dir.resolve("ws");
        Workspace.open(ws).close();
        oldLoader = WorkspaceFrames.current();
        WorkspaceFrames.use((w, asOf) -> frame(asOf));
    }

    @AfterEach
    void tearDown() {
        WorkspaceFrames.use(oldLoader);
    }

    private static List<String> csv(Path p) throws Exception {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.lines().toList();
    }

    @Test
    void segmentWritesOneRowPerCustomerAndStoresTheRun() throws Exception {
        Path csv = dir.resolve("out.csv");
        assertThat(cli.run("segment", "--workspace", ws.toString(), "--definition", "rfm-standard", "--export", csv.toString()))
                .as(cli.err()).isZero();
        List<String> lines = csv(csv);
        assertThat(lines.get(0)).isEqualTo("customer_id,segment,r_score,f_score,m_score,recency_days,frequency,monetary,rfm_score");
        // rfm-standard by hand (quintile cuts of the 7 purchasers, see RfmRCompatibleTest for the data):
        // recency cuts 5 7 13 20 -> A 5, B 5, C 4, D 3, E 3, F 2, G 1; frequency cuts 1 2 3 4 -> A 5, B 3, C 4, D 3,
        // E 2, F 1, G 1; monetary cuts 20 20 50 80 -> A 5, B 3, C 4, D 3, E 1, F 1, G 1.
        // A 555 Champions; B 533 Potential Loyalists; C 444 Champions; D 333 Need Attention; E 321 Need Attention;
        // F 211 Hibernating; G 111 Lost; H no purchase.
        assertThat(lines).hasSize(9);
        assertThat(lines.get(1)).isEqualTo("A,Champions,5,5,5,2,8,200.00,555");
        assertThat(lines.get(2)).isEqualTo("B,Potential Loyalists,5,3,3,5,3,50.00,533");
        assertThat(lines.get(4)).isEqualTo("D,Need Attention,3,3,3,10,3,35.25,333");
        assertThat(lines.get(6)).isEqualTo("F,Hibernating,2,1,1,20,1,10.50,211");
        assertThat(lines.get(8)).isEqualTo("H,No Purchases,,,,,0,0.00,");
        assertThat(cli.out()).contains("\"run_id\":1").contains("\"customers\":8");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(new com.stratum.workspace.RunRepository(w).list()).hasSize(1);
        }
    }

    @Test
    void segmentToXlsxAndFromAFile() throws Exception {
        Path def = dir.resolve("mine.json");
        Files.writeString(def, com.stratum.engine.definition.DefinitionJson.write(
                com.stratum.engine.BuiltInDefinitions.rfmR().withName("mine")));
        Path xlsx = dir.resolve("out.xlsx");
        assertThat(cli.run("segment", "--workspace", ws.toString(), "--definition", def.toString(), "--as-of", "2024-02-01",
                "--export", xlsx.toString())).as(cli.err()).isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(wb.getSheet("Champions").getRow(1).getCell(0).getStringCellValue()).isEqualTo("A");
        }
        assertThat(cli.out()).contains("\"definition\":\"mine\"").contains("\"as_of\":\"2024-02-01\"");
    }

    @Test
    void definitionsListsBuiltInsAndSavedOnes() {
        assertThat(cli.run("definitions", "--workspace", ws.toString())).isZero();
        assertThat(cli.out()).contains("\"name\":\"rfm-standard\"").contains("\"name\":\"rfm-r\"")
                .contains("\"name\":\"combined-channel-value\"").contains("\"built_in\":true");
    }

    @Test
    void compareTwoDefinitionsWritesTheMatrix() throws Exception {
        Path csv = dir.resolve("cmp.csv");
        assertThat(cli.run("compare", "--workspace", ws.toString(), "--baseline", "rfm-r", "--scenario", "rfm-standard",
                "--export", csv.toString())).as(cli.err()).isZero();
        List<String> lines = csv(csv);
        assertThat(lines.get(0)).isEqualTo("from,No Purchases,Champions,Loyal Customers,Potential Loyalists,New Customers,"
                + "Promising,Need Attention,About To Sleep,Can't Lose Them,At Risk,Hibernating,Lost,Everyone else,(none)");
        // rfm-r (RfmRCompatibleTest): A Champions, B New Customers, C Potential Loyalist, D Loyal Customers,
        // E About To Sleep, F Lost, G Lost, H No Purchases. rfm-standard: see the segment test above.
        assertThat(lines).contains("Champions,0,1,0,0,0,0,0,0,0,0,0,0,0,0",
                "Potential Loyalist,0,1,0,0,0,0,0,0,0,0,0,0,0,0",
                "New Customers,0,0,0,1,0,0,0,0,0,0,0,0,0,0",
                "Lost,0,0,0,0,0,0,0,0,0,0,1,1,0,0",
                "(none),0,0,0,0,0,0,0,0,0,0,0,0,0,0");
        assertThat(cli.out()).contains("\"movers\":5");
    }

    @Test
    void compareAStoredRunWithAScenarioToXlsx() throws Exception {
        assertThat(cli.run("segment", "--workspace", ws.toString(), "--definition", "rfm-r", "--export",
                dir.resolve("r.csv").toString())).isZero();
        Path xlsx = dir.resolve("cmp.xlsx");
        assertThat(cli.run("compare", "--workspace", ws.toString(), "--baseline", "1", "--scenario", "rfm-r",
                "--export", xlsx.toString())).as(cli.err()).isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheet("Migration")).isNotNull();
            var deltas = wb.getSheet("Deltas");
            assertThat(deltas.getRow(0).getCell(0).getStringCellValue()).isEqualTo("segment");
            // Champions: 1 customer (A, 200.00) on both sides
            assertThat(deltas.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Champions");
            assertThat(deltas.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(deltas.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(200.00);
            assertThat(wb.getSheet("Movers").getLastRowNum()).isZero(); // header only: nobody moved
        }
    }

    @Test
    void badInputExitsWithTwoAndAMessage() throws Exception {
        assertThat(cli.run("segment", "--workspace", ws.toString(), "--definition", "nope", "--export",
                dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown definition 'nope'").contains("rfm-standard");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n \"name\": \"x\",\n \"segments\": [ {,} ]\n}");
        assertThat(cli.run("segment", "--workspace", ws.toString(), "--definition", bad.toString(), "--export",
                dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("bad.json").contains("line 3");
        assertThat(cli.run("segment", "--workspace", ws.toString(), "--definition", "rfm-r", "--export",
                dir.resolve("x.txt").toString())).isEqualTo(2);
        assertThat(cli.run("compare", "--workspace", ws.toString(), "--baseline", "99", "--scenario", "rfm-r", "--export",
                dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no run 99");
        assertThat(cli.run("segment", "--workspace", dir.resolve("missing").toString(), "--definition", "rfm-r", "--export",
                dir.resolve("x.csv").toString())).isEqualTo(2);
    }
}
