package com.stratum.cli;

import com.stratum.imports.PoiLogging;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.File;

/**
 * The reference for the import benchmark: reading a workbook with POI's user model
 * ({@code XSSFWorkbook}), which builds the whole workbook in memory, and touching every cell.
 * Run in its own JVM by {@code bench import} so its heap can differ from the importer's.
 * Prints {@code seconds=S} or {@code oom=S}.
 */
public final class PoiReadProbe {

    private PoiReadProbe() {
    }

    public static void main(String[] args) {
        PoiLogging.quiet();
        System.out.println(measure(new File(args[0])));
    }

    /** "seconds=S cells=N" on success, "oom=S" when the heap ran out after S seconds. */
    static String measure(File file) {
        long start = System.nanoTime();
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            long cells = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell != null) {
                            cells++;
                        }
                    }
                }
            }
            return "seconds=" + (System.nanoTime() - start) / 1e9 + " cpu=" + BenchImportCommand.processCpuSeconds()
                    + " cells=" + cells;
        } catch (OutOfMemoryError e) {
            return "oom=" + (System.nanoTime() - start) / 1e9;
        } catch (Exception e) {
            return "error=" + e;
        }
    }
}
