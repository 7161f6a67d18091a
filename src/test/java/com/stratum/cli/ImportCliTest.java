package com.stratum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `import` and `info` through StratumCli.run, with stdout and stderr captured. */
class ImportCliTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return StratumCli.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path ws() {
        return dir.resolve("ws");
    }

    @Test
    void importPrintsOneJsonLineAndInfoDescribesTheWorkspace() throws Exception {
        // GBK CSV with Chinese headers; 3 lines, one anonymous (empty 客户ID), customers A1 and A2
        Path f = dir.resolve("订单.csv");
        Files.write(f, ("客户ID,订单号,日期,金额\nA1,X1,2024-01-31,100.50\nA2,X2,2024-02-01,20\n,X3,2024-02-02,5\n")
                .getBytes(Charset.forName("GBK")));
        assertThat(run("import", f.toString(), "--workspace", ws().toString())).isEqualTo(0);
        String line = stdout().strip();
        assertThat(line).doesNotContain("\n");
        JsonNode r = json.readTree(line);
        assertThat(r.get("rows_read").asLong()).isEqualTo(3);
        assertThat(r.get("rows_imported").asLong()).isEqualTo(3);
        assertThat(r.get("rows_rejected").asLong()).isEqualTo(0);
        assertThat(r.get("customers").asLong()).isEqualTo(2);
        assertThat(r.get("anonymous_lines").asLong()).isEqualTo(1);
        assertThat(r.get("seconds").isNumber()).isTrue();
        assertThat(r.get("kind").asText()).isEqualTo("transactions");

        assertThat(run("info", "--workspace", ws().toString())).isEqualTo(0);
        JsonNode info = json.readTree(stdout());
        assertThat(info.get("datasets")).hasSize(1);
        JsonNode d = info.get("datasets").get(0);
        assertThat(d.get("kind").asText()).isEqualTo("transactions");
        assertThat(d.get("rows").asLong()).isEqualTo(3);
        assertThat(d.get("roles").get("customer_id").asText()).isEqualTo("客户ID");
        assertThat(d.get("roles").get("amount").asText()).isEqualTo("金额");
        assertThat(info.get("customers").asLong()).isEqualTo(2);
        assertThat(info.get("definitions").asLong()).isEqualTo(0);
        assertThat(info.get("runs").asLong()).isEqualTo(0);
    }

    @Test
    void mapAsAndSheetOptions() throws Exception {
        Path f = dir.resolve("members.csv");
        Files.writeString(f, "Card,When,Paid out\nM1,2024-01-01,3\nM2,2024-01-02,4\n");
        assertThat(run("import", f.toString(), "--workspace", ws().toString(), "--as", "transactions",
                "--map", "customer_id=Card", "--map", "date=When", "--map", "amount=Paid out")).isEqualTo(0);
        assertThat(json.readTree(stdout()).get("customers").asLong()).isEqualTo(2);
    }

    @Test
    void badInputExitsTwoNamingTheFileAndLeavesTheWorkspaceUnchanged() throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "customer id,date,amount\nC1,2024-01-01,5\n");
        assertThat(run("import", good.toString(), "--workspace", ws().toString())).isEqualTo(0);
        assertThat(run("info", "--workspace", ws().toString())).isEqualTo(0);
        String before = stdout();

        Path bad = dir.resolve("broken.xlsx");
        Files.write(bad, new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7});
        assertThat(run("import", bad.toString(), "--workspace", ws().toString())).isEqualTo(2);
        assertThat(stderr()).contains("broken.xlsx").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(stdout()).isEmpty();

        Path noDate = dir.resolve("nodate.csv");
        Files.writeString(noDate, "customer id,amount\nC1,5\n");
        assertThat(run("import", noDate.toString(), "--workspace", ws().toString(), "--as", "transactions"))
                .isEqualTo(2);
        assertThat(stderr()).contains("nodate.csv").contains("date");

        assertThat(run("import", good.toString(), "--workspace", ws().toString(), "--map", "bogus=x")).isEqualTo(2);
        assertThat(stderr()).contains("unknown role \"bogus\"");
        assertThat(run("import", good.toString(), "--workspace", ws().toString(), "--as", "both")).isEqualTo(2);
        assertThat(run("import", good.toString(), "--workspace", ws().toString(), "--mode", "merge")).isEqualTo(2);

        assertThat(run("info", "--workspace", ws().toString())).isEqualTo(0);
        assertThat(stdout()).isEqualTo(before);
    }

    @Test
    void infoOnAMissingWorkspaceIsBadInput() {
        assertThat(run("info", "--workspace", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(stderr()).contains("no workspace");
    }
}
