package com.stratum.cli;

import com.stratum.imports.ImportOptions;
import com.stratum.imports.ImportResult;
import com.stratum.imports.Importer;
import com.stratum.imports.PoiLogging;
import com.stratum.imports.SheetReader;
import com.stratum.imports.SpreadsheetSource;
import com.stratum.imports.SpreadsheetSources;
import com.stratum.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * `bench import`: generates an Online-Retail-shaped workbook and CSV, then in one run times our
 * import of each into a fresh workspace against the references: POI's XSSFWorkbook reading the
 * same workbook, and H2's CSVREAD loading the CSV into a typed table.
 */
@Command(name = "import", description = "Benchmark the spreadsheet import against POI XSSFWorkbook and H2 CSVREAD.")
public final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "541909", description = "Rows to generate (default: ${DEFAULT-VALUE}, as Online Retail).")
    int rows;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--dir", description = "Folder for the generated files (default: a temporary folder).")
    Path dir;

    @Option(names = "--poi-xmx", defaultValue = "6g",
            description = "Heap of the separate JVM that runs the POI XSSFWorkbook read (XSSFWorkbook needs"
                    + " gigabytes); 'same' runs it inside this JVM. Default: ${DEFAULT-VALUE}.")
    String poiXmx;

    @Option(names = "--skip-poi", description = "Do not run the POI XSSFWorkbook reference.")
    boolean skipPoi;

    @Override
    public Integer call() throws Exception {
        PoiLogging.quiet();
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("stratum-bench-import");
        Path xlsx = work.resolve("online-retail.xlsx");
        Path csv = work.resolve("online-retail.csv");
        long t0 = System.nanoTime();
        RetailWorkbookGenerator.write(xlsx, csv, rows, seed);
        print("rows", rows, "rows");
        print("generate_seconds", secondsSince(t0), "s");
        print("xlsx_size_mb", Files.size(xlsx) / 1048576.0, "MB");
        print("xlsx_sheet_xml_mb", sheetXmlBytes(xlsx) / 1048576.0, "MB");
        print("heap_max_mb", Runtime.getRuntime().maxMemory() / 1048576.0, "MB");

        // read alone, to show how the import time divides between reading and writing
        t0 = System.nanoTime();
        double c0 = processCpuSeconds();
        long seen = readOnly(xlsx);
        print("fastexcel_read_seconds", secondsSince(t0), "s");
        print("fastexcel_read_cpu_seconds", processCpuSeconds() - c0, "s");

        HeapPeak peak = new HeapPeak();
        double importXlsx;
        double importXlsxCpu;
        double cpu0;
        ImportResult r;
        try (Workspace ws = Workspace.open(work.resolve("ws-xlsx"))) {
            peak.start();
            t0 = System.nanoTime();
            cpu0 = processCpuSeconds();
            r = Importer.run(ws, xlsx, new ImportOptions(), null);
            importXlsx = secondsSince(t0);
            importXlsxCpu = processCpuSeconds() - cpu0;
            peak.stop();
        }
        print("import_xlsx_seconds", importXlsx, "s");
        print("import_xlsx_cpu_seconds", importXlsxCpu, "s");
        print("import_xlsx_rows_imported", r.rowsImported(), "rows");
        print("import_xlsx_rows_rejected", r.rowsRejected(), "rows");
        print("import_xlsx_rows_per_second", r.rowsRead() / importXlsx, "rows/s");
        print("import_peak_heap_mb", peak.peakBytes() / 1048576.0, "MB");
        if (seen != r.rowsRead()) {
            System.err.println("warning: read-only pass saw " + seen + " rows, the import " + r.rowsRead());
        }

        if (!skipPoi) {
            String poi = "same".equalsIgnoreCase(poiXmx) ? PoiReadProbe.measure(xlsx.toFile()) : poiInChild(xlsx);
            if (poi.startsWith("seconds=")) {
                String[] parts = poi.split(" ");
                double s = Double.parseDouble(parts[0].substring("seconds=".length()));
                double cpu = Double.parseDouble(parts[1].substring("cpu=".length()));
                print("poi_usermodel_read_seconds", s, "s");
                print("poi_usermodel_read_cpu_seconds", cpu, "s");
                print("import_vs_poi_ratio", importXlsx / s, "x");
                print("import_vs_poi_cpu_ratio", importXlsxCpu / cpu, "x");
            } else if (poi.startsWith("oom=")) {
                System.out.println("poi_usermodel_read_seconds: OutOfMemoryError after "
                        + fmt(Double.parseDouble(poi.substring(4))) + " s (heap " + poiHeapLabel() + ")");
            } else {
                System.out.println("poi_usermodel_read_seconds: failed (" + poi + ")");
            }
        }

        double importCsv;
        double importCsvCpu;
        try (Workspace ws = Workspace.open(work.resolve("ws-csv"))) {
            t0 = System.nanoTime();
            cpu0 = processCpuSeconds();
            Importer.run(ws, csv, new ImportOptions(), null);
            importCsv = secondsSince(t0);
            importCsvCpu = processCpuSeconds() - cpu0;
        }
        print("import_csv_seconds", importCsv, "s");
        print("import_csv_cpu_seconds", importCsvCpu, "s");
        cpu0 = processCpuSeconds();
        double csvread = h2CsvRead(csv, work.resolve("h2-csvread"));
        double csvreadCpu = processCpuSeconds() - cpu0;
        print("h2_csvread_seconds", csvread, "s");
        print("h2_csvread_cpu_seconds", csvreadCpu, "s");
        print("import_csv_vs_csvread_ratio", importCsv / csvread, "x");

        if (dir == null) {
            deleteTree(work);
        }
        return 0;
    }

    private String poiHeapLabel() {
        return "same".equalsIgnoreCase(poiXmx) ? Runtime.getRuntime().maxMemory() / 1048576 + " MB" : poiXmx;
    }

    private static long readOnly(Path xlsx) throws IOException {
        long n = 0;
        try (SpreadsheetSource src = SpreadsheetSources.open(xlsx, null); SheetReader r = src.openSheet(null)) {
            while (r.next()) {
                for (int i = 0; i < r.cellCount(); i++) {
                    r.cell(i);
                }
                n++;
            }
        }
        return n - 1; // the header
    }

    private String poiInChild(Path xlsx) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + poiXmx, "-cp", System.getProperty("java.class.path"),
                PoiReadProbe.class.getName(), xlsx.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    /** H2's own CSV loader into a typed table, with the same types our import infers. */
    private static double h2CsvRead(Path csv, Path db) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath() + ";FILE_LOCK=FILE",
                "sa", "");
             Statement s = c.createStatement()) {
            String file = csv.toAbsolutePath().toString().replace("'", "''");
            s.execute("CREATE TABLE retail(InvoiceNo VARCHAR, StockCode VARCHAR, Description VARCHAR, Quantity BIGINT,"
                    + " InvoiceDate TIMESTAMP, UnitPrice DECIMAL(38,10), CustomerID VARCHAR, Country VARCHAR)");
            s.execute("INSERT INTO retail SELECT InvoiceNo, StockCode, Description, CAST(Quantity AS BIGINT),"
                    + " PARSEDATETIME(InvoiceDate, 'M/d/yyyy H:mm'), CAST(UnitPrice AS DECIMAL(38,10)),"
                    + " NULLIF(CustomerID, ''), Country FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM retail")) {
                rs.next();
            }
        }
        return secondsSince(t0);
    }

    private static long sheetXmlBytes(Path xlsx) throws IOException {
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            return z.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).mapToLong(e -> e.getSize()).sum();
        }
    }

    /**
     * CPU seconds of this process (all threads, GC included). On a shared machine wall time
     * depends on the neighbours; CPU time shows the work itself.
     */
    static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    private static void print(String name, double value, String unit) {
        System.out.println(name + ": " + fmt(value) + " " + unit);
    }

    private static void print(String name, long value, String unit) {
        System.out.println(name + ": " + value + " " + unit);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Samples the used heap every 10 ms; the peak includes garbage not yet collected. */
    private static final class HeapPeak {
        private final MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            System.gc();
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peakBytes() {
            return peak.get();
        }
    }
}
