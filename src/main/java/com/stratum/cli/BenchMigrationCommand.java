package com.stratum.cli;

import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.DatasetRows;
import com.stratum.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * `bench migration`: builds a workspace in the row layout of schema 2 (one SQL row per sheet row,
 * transactions-shaped: customer, invoice, date, time, amount, quantity) and times its conversion to
 * column chunks when it is opened. Run it with a small heap (-Xmx256m) to see the conversion stream.
 */
@Command(name = "migration", description = "Benchmark converting an old row-layout workspace to column chunks.")
public final class BenchMigrationCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows of the old dataset (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--dir", description = "Folder for the workspace (default: a temporary folder).")
    Path dir;

    /** Old rows per INSERT ... SELECT, each committed: the build itself must not need a big heap. */
    private static final long BUILD_STEP = 200_000;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("stratum-bench-migration");
        Path folder = work.resolve("ws-old");
        if (Workspace.exists(folder)) {
            System.err.println("The folder " + folder + " already holds a workspace; give an empty --dir.");
            return 2;
        }
        print("rows", rows, "rows");
        print("heap_max_mb", Runtime.getRuntime().maxMemory() / 1048576.0, "MB");
        long t0 = System.nanoTime();
        buildOldWorkspace(folder);
        print("build_seconds", secondsSince(t0), "s");
        Path db = folder.resolve(Workspace.DB_NAME + ".mv.db");
        print("db_before_mb", Files.size(db) / 1048576.0, "MB");

        t0 = System.nanoTime();
        double cpu0 = BenchImportCommand.processCpuSeconds();
        long readBack;
        try (Workspace ws = Workspace.open(folder)) {
            double seconds = secondsSince(t0);
            print("migration_seconds", seconds, "s");
            print("migration_cpu_seconds", BenchImportCommand.processCpuSeconds() - cpu0, "s");
            print("migration_rows_per_second", rows / seconds, "rows/s");
            readBack = countRows(ws);
        }
        print("db_after_mb", Files.size(db) / 1048576.0, "MB");
        print("rows_read_back", readBack, "rows");
        if (readBack != rows) {
            System.err.println("error: " + rows + " rows written, " + readBack + " read back after the conversion");
            return 1;
        }
        return 0;
    }

    private void buildOldWorkspace(Path folder) throws Exception {
        try (Workspace ws = Workspace.open(folder); Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO dataset(id, name, kind, source_file, sheet, table_name, rows_read, rows_imported,"
                    + " rows_rejected, imported_at) VALUES (1, 'old', 'transactions', 'old.xlsx', 'Sheet1', 'DS_1', "
                    + rows + ", " + rows + ", 0, CURRENT_TIMESTAMP)");
            String[][] cols = {{"Customer", "TEXT", "customer_id"}, {"Invoice", "TEXT", "order_id"},
                    {"Date", "DATE", "date"}, {"Time", "TIMESTAMP", null}, {"Amount", "DECIMAL", "amount"},
                    {"Quantity", "INTEGER", "quantity"}};
            for (int i = 0; i < cols.length; i++) {
                s.execute("INSERT INTO dataset_column VALUES (1, " + (i + 1) + ", '" + cols[i][0] + "', 'C" + (i + 1)
                        + "', '" + cols[i][1] + "', " + (cols[i][2] == null ? "NULL" : "'" + cols[i][2] + "'") + ")");
            }
            s.execute("CREATE TABLE \"DS_1\"(SRC_ROW BIGINT PRIMARY KEY, \"C1\" VARCHAR, \"C2\" VARCHAR, \"C3\" DATE,"
                    + " \"C4\" TIMESTAMP, \"C5\" DECIMAL(38,10), \"C6\" BIGINT)");
            for (long from = 1; from <= rows; from += BUILD_STEP) {
                long to = Math.min(rows, from + BUILD_STEP - 1);
                s.execute("INSERT INTO \"DS_1\" SELECT X + 1, 'C' || MOD(X * 7919, 100000), 'INV' || (X / 4),"
                        + " DATEADD(DAY, MOD(X / 4, 730), DATE '2010-12-01'),"
                        + " DATEADD(SECOND, MOD(X / 4, 730) * 86400 + MOD(X, 36000), TIMESTAMP '2010-12-01 08:00:00'),"
                        + " CAST(MOD(X, 10000) AS DECIMAL(38,10)) / 100, MOD(X, 50) - 5"
                        + " FROM SYSTEM_RANGE(" + from + ", " + to + ")");
            }
            s.execute("DELETE FROM schema_version WHERE version = 3");
        }
    }

    private static long countRows(Workspace ws) throws Exception {
        DatasetInfo d = new DatasetRepository(ws).find(1).orElseThrow();
        long n = 0;
        try (Connection c = ws.connect(); DatasetRows r = DatasetRows.open(c, d, List.of(d.columns().get(0)))) {
            while (r.next()) {
                n++;
            }
        }
        return n;
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void print(String name, double value, String unit) {
        System.out.println(name + ": " + String.format(Locale.ROOT, "%.2f", value) + " " + unit);
    }

    private static void print(String name, long value, String unit) {
        System.out.println(name + ": " + value + " " + unit);
    }
}
