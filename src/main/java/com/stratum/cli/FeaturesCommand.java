package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.FeatureBuilder;
import com.stratum.features.FeatureReport;
import com.stratum.features.FeatureResult;
import com.stratum.features.FeatureSettings;
import com.stratum.features.Money;
import com.stratum.features.ReturnsPolicy;
import com.stratum.workspace.CustomerDataLoader;
import com.stratum.workspace.PredictiveFitRepository;
import com.stratum.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * `features --workspace WS [--as-of DATE] [--returns net|gross] [--export OUT.csv|OUT.xlsx]`: builds
 * the customer features and writes one row per customer; prints a one-line JSON summary.
 */
@Command(name = "features", description = "Build the customer features (one row per customer) and export them.")
public final class FeaturesCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Mixin
    WorkspacePassword password;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Analysis date; only lines dated before it count (default: the day after the latest line).")
    String asOf;

    @Option(names = "--returns", paramLabel = "net|gross", defaultValue = "net",
            description = "Monetary as net spend (purchases minus returns, default) or gross (purchases only).")
    String returns;

    @Option(names = "--home-country", paramLabel = "COUNTRY",
            description = "The domestic country (default: the most frequent customer country).")
    String homeCountry;

    @Option(names = "--export", paramLabel = "OUT.csv|OUT.xlsx", description = "Write the features to this file.")
    Path export;

    @Override
    public Integer call() {
        FeatureSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return StratumCli.EXIT_BAD_INPUT;
        }
        long start = System.nanoTime();
        try {
            if (export != null) {
                CommandSupport.checkExport(export);
            }
            CommandSupport.requireWorkspace(workspace);
            return run(settings, start);
        } catch (Exception e) {
            return CommandSupport.exitCode(e, export, "Internal error while building features: " + e);
        }
    }

    private int run(FeatureSettings settings, long start) throws IOException {
        try (Workspace ws = password.open(workspace)) {
            CustomerDataLoader.CustomerData data = new CustomerDataLoader(ws).load();
            FeatureResult result = FeatureBuilder.build(data.transactions(), data.customers(), settings);
            // the predictive columns of the fit saved by the window (or none)
            PredictiveFitRepository fits = new PredictiveFitRepository(ws);
            CustomerFrame frame = fits.applyTo(result.frame(), data.transactions());
            if (export != null) {
                write(frame, export);
            }
            System.out.println(summary(result.report(), data.summary(), frame, start));
            return 0;
        }
    }

    private FeatureSettings settings() {
        FeatureSettings s = FeatureSettings.defaults();
        if (asOf != null) {
            try {
                s = s.withAsOf(LocalDate.parse(asOf.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of: '" + asOf + "' is not a date like 2024-12-31.");
            }
        }
        switch (returns.strip().toLowerCase(Locale.ROOT)) {
            case "net" -> s = s.withReturnsPolicy(ReturnsPolicy.NET);
            case "gross" -> s = s.withReturnsPolicy(ReturnsPolicy.GROSS);
            default -> throw new IllegalArgumentException("--returns: '" + returns + "' must be net or gross.");
        }
        if (homeCountry != null) {
            s = s.withHomeCountry(homeCountry);
        }
        return s;
    }

    static void write(CustomerFrame frame, Path out) throws IOException {
        List<Column> cols = frame.columns();
        List<String> header = new ArrayList<>();
        header.add("customer_id");
        cols.forEach(c -> header.add(c.name()));
        ExportTarget.write(out, w -> {
            w.startTable("features", header);
            Object[] cells = new Object[header.size()];
            for (int r = 0; r < frame.size(); r++) {
                cells[0] = frame.customerId(r);
                for (int i = 0; i < cols.size(); i++) {
                    cells[i + 1] = cols.get(i).cell(r);
                }
                w.writeRow(cells);
            }
        });
    }

    private String summary(FeatureReport r, CustomerDataLoader.LoadSummary load, CustomerFrame frame, long start) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("customers", r.customers());
        o.put("customers_with_purchases", r.customersWithPurchases());
        o.put("customers_without_transactions", r.customersWithoutLines());
        o.put("lines_read", r.linesRead());
        o.put("lines_counted", r.linesCounted());
        o.put("anonymous_lines", r.anonymousLines());
        o.put("anonymous_amount", Money.amount(r.anonymousCents()));
        o.put("lines_after_as_of", r.linesAfterAsOf());
        o.put("after_as_of_amount", Money.amount(r.afterAsOfCents()));
        o.put("rows_without_date", load.rowsWithoutDate());
        o.put("rows_without_amount", load.rowsWithoutAmount());
        o.put("as_of", r.asOf().toString());
        o.put("returns", r.returnsPolicy().name().toLowerCase(Locale.ROOT));
        o.put("home_country", r.homeCountry());
        o.put("features", frame.columns().size());
        o.put("predictive", frame.find("p_alive").isPresent());
        if (export != null) {
            o.put("export", export.toString());
        }
        o.put("seconds", Math.round((System.nanoTime() - start) / 1e6) / 1000.0);
        return o.toString();
    }
}
