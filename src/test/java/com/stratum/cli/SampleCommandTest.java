package com.stratum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRun cli = new CliRun();


    @Test
    void writesTheThreeFilesAndPrintsOneLineOfJson() throws Exception {
        Path target = dir.resolve("sample");
        int code = cli.run("sample", "--out", target.toString(), "--customers", "40", "--seed", "3");
        assertThat(code).isZero();
        String stdout = cli.out().strip();
        assertThat(stdout.lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(stdout);
        assertThat(json.get("customers").asInt()).isEqualTo(40);
        assertThat(json.get("seed").asLong()).isEqualTo(3);
        assertThat(json.get("transaction_lines").asLong()).isPositive();
        assertThat(json.get("files")).hasSize(3);
        assertThat(target.resolve("customers.xlsx")).exists();
        assertThat(target.resolve("transactions.xlsx")).exists();
        assertThat(target.resolve("transactions_zh_gbk.csv")).exists();
        assertThat(json.get("files").get(1).get("bytes").asLong()).isEqualTo(Files.size(target.resolve("transactions.xlsx")));
    }

    @Test
    void badCountIsBadInput() {
        int code = cli.run("sample", "--out", dir.toString(), "--customers", "0");
        assertThat(code).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("--customers");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void outMustNotBeAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        int code = cli.run("sample", "--out", file.toString(), "--customers", "5");
        assertThat(code).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("f.txt");
    }
}
