package com.stratum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `features` end to end: the real importer fills the workspace, the command exports the frame. */
class FeaturesCommandTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CliRun cli = new CliRun();


    private Path workspaceWithAcceptanceLines() throws Exception {
        Path csv = dir.resolve("lines.csv");
        Files.writeString(csv, String.join("\n",
                "CustomerID,Date,Amount",
                "c1,2006-12-30,100",
                "c1,2006-12-01,50",
                "c2,2006-06-01,20",
                "c3,2006-12-20,500",
                "c3,2006-11-20,-100",
                "c4,2006-12-10,0.10",
                "c4,2006-12-10,0.20",
                ",2006-12-15,9.99",
                "c5,2006-12-31,70") + "\n", StandardCharsets.UTF_8);
        Path ws = dir.resolve("ws");
        assertThat(cli.run(new String[] {"import", csv.toString(), "--workspace", ws.toString(),
                "--as", "transactions"})).as(cli.err()).isZero();
        cli.resetOut();
        return ws;
    }

    @Test
    void exportsOneRowPerCustomerWithExactMoney() throws Exception {
        Path ws = workspaceWithAcceptanceLines();
        Path csv = dir.resolve("features.csv");
        int code = cli.run(new String[] {"features", "--workspace", ws.toString(), "--as-of", "2006-12-31",
                "--export", csv.toString()});
        assertThat(code).as(cli.err()).isZero();

        JsonNode s = new ObjectMapper().readTree(cli.out().strip());
        // c5's line is on the analysis date: excluded, so c5 is not a customer yet
        assertThat(s.get("customers").asInt()).isEqualTo(4);
        assertThat(s.get("anonymous_lines").asInt()).isEqualTo(1);
        assertThat(s.get("anonymous_amount").decimalValue()).isEqualByComparingTo("9.99");
        assertThat(s.get("lines_after_as_of").asInt()).isEqualTo(1);
        assertThat(s.get("as_of").asText()).isEqualTo("2006-12-31");
        assertThat(s.get("returns").asText()).isEqualTo("net");

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
        assertThat(header[0]).isEqualTo("customer_id");
        assertThat(List.of(header).subList(1, 4)).containsExactly("recency_days", "frequency", "monetary");
        assertThat(lines).hasSize(5);
        // c1 1/2/150.00, c2 213/1/20.00, c3 11/1/400.00 (worked out in RfmAcceptanceTest)
        assertThat(lines.get(1)).startsWith("c1,1,2,150.00,150.00,");
        assertThat(lines.get(2)).startsWith("c2,213,1,20.00,20.00,");
        // c3: net 400.00, gross 500.00, one return
        assertThat(lines.get(3)).startsWith("c3,11,1,400.00,500.00,");
        // c4: two orders of 0.10 and 0.20 on 12-10 -> 21 days, 0.30 exactly; average 0.15
        assertThat(lines.get(4)).startsWith("c4,21,2,0.30,0.30,");
        int aov = List.of(header).indexOf("avg_order_value");
        int last = List.of(header).indexOf("last_purchase");
        String[] c4 = lines.get(4).split(",", -1);
        assertThat(c4[aov]).isEqualTo("0.15");
        assertThat(c4[last]).isEqualTo("2006-12-10");
        assertThat(c4).hasSize(header.length);
    }

    @Test
    void grossAndXlsx() throws Exception {
        Path ws = workspaceWithAcceptanceLines();
        Path xlsx = dir.resolve("features.xlsx");
        int code = cli.run(new String[] {"features", "--workspace", ws.toString(), "--returns", "gross",
                "--export", xlsx.toString()});
        assertThat(code).as(cli.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(cli.out().strip());
        // default analysis date: the day after the latest line (c5 on 2006-12-31)
        assertThat(s.get("as_of").asText()).isEqualTo("2007-01-01");
        assertThat(s.get("customers").asInt()).isEqualTo(5);
        assertThat(s.get("returns").asText()).isEqualTo("gross");
        assertThat(Files.size(xlsx)).isPositive();
    }

    @Test
    void badInputExitsWithTwo() throws Exception {
        assertThat(cli.run("features", "--workspace", dir.resolve("none").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("There is no workspace");
        Path ws = workspaceWithAcceptanceLines();
        cli.resetErr();
        assertThat(cli.run("features", "--workspace", ws.toString(), "--returns", "both"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--returns: 'both' must be net or gross.");
        assertThat(cli.run("features", "--workspace", ws.toString(), "--as-of", "31/12/2006"))
                .isEqualTo(2);
        assertThat(cli.run(new String[] {"features", "--workspace", ws.toString(), "--export",
                dir.resolve("x.txt").toString()})).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
    }
}
