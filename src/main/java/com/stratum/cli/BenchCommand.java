package com.stratum.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `bench ...`: benchmarks that print one `name: value unit` line per figure. */
@Command(name = "bench", description = "Run a benchmark and print `name: value unit` lines.",
        subcommands = {ExportBench.class, BenchImportCommand.class, BenchEngineCommand.class, PredictBenchCommand.class,
                BenchMigrationCommand.class})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
