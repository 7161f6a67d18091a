package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.exports.sample.SampleDataGenerator;
import com.stratum.exports.sample.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `sample --out DIR [--customers N] [--seed S]`: writes the generated sample workbooks. */
@Command(name = "sample",
        description = "Write the generated sample workbooks (customers.xlsx, transactions.xlsx, "
                + "transactions_zh_gbk.csv) to a folder; prints a one-line JSON summary.")
public final class SampleCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Folder to write to (created if missing).")
    Path out;

    @Option(names = "--customers", defaultValue = "2000", description = "Number of customers (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-csv", description = "Skip the GBK csv (saves time and disk at benchmark sizes).")
    boolean noCsv;

    @Override
    public Integer call() throws IOException {
        if (customers < 1) {
            System.err.println("--customers must be at least 1, was " + customers);
            return StratumCli.EXIT_BAD_INPUT;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            System.err.println(out + " is a file, not a folder");
            return StratumCli.EXIT_BAD_INPUT;
        }
        long start = System.nanoTime();
        SampleSummary s;
        try {
            s = new SampleDataGenerator(customers, seed, !noCsv).generate(out);
        } catch (IOException e) {
            System.err.println("Cannot write the sample data to " + out + ": " + CommandSupport.reason(e) + ".");
            return StratumCli.EXIT_BAD_INPUT;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("out", out.toString());
        json.put("seed", seed);
        json.put("customers", s.customers());
        json.put("buyers", s.buyers());
        json.put("orders", s.orders());
        json.put("returns", s.returns());
        json.put("transaction_lines", s.lines());
        json.put("anonymous_lines", s.anonymousLines());
        json.put("net_amount", s.netAmount().toPlainString());
        json.put("first_time", String.valueOf(s.firstTime()));
        json.put("last_time", String.valueOf(s.lastTime()));
        List<Map<String, Object>> files = new ArrayList<>();
        for (Path f : s.files()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", f.getFileName().toString());
            file.put("bytes", Files.size(f));
            files.add(file);
        }
        json.put("files", files);
        json.put("seconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
        System.out.println(new ObjectMapper().writeValueAsString(json));
        return 0;
    }
}
