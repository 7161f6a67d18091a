package com.stratum.engine.predictive;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CDNOW 1/10 sample (../shared/data/cdnow/CDNOW_sample.txt), located through -Dstratum.shared. */
public final class CdnowSample {

    private CdnowSample() {
    }

    public static Path folder() {
        String shared = System.getProperty("stratum.shared", "../shared");
        Path dir = Path.of(shared, "data", "cdnow");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("CDNOW_sample.txt")),
                "Skipped: the shared CDNOW data folder " + dir.toAbsolutePath() + " is absent");
        return dir;
    }

    /** Rows: master id, sample id (0001-2357), yyyymmdd, CDs, dollars; customers keyed by sample id. */
    public static PurchaseLog purchaseLog() throws IOException {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<int[]> rows = new ArrayList<>();
        List<Long> cents = new ArrayList<>();
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        for (String line : Files.readAllLines(folder().resolve("CDNOW_sample.txt"), StandardCharsets.US_ASCII)) {
            String[] c = line.trim().split("\\s+");
            if (c.length < 5) {
                continue;
            }
            String id = String.valueOf(Integer.parseInt(c[1]));
            int idx = ids.computeIfAbsent(id, k -> ids.size());
            rows.add(new int[] {idx, (int) LocalDate.parse(c[2], f).toEpochDay()});
            cents.add(new BigDecimal(c[4]).movePointRight(2).longValueExact());
        }
        int n = rows.size();
        int[] customer = new int[n];
        int[] day = new int[n];
        long[] amount = new long[n];
        for (int i = 0; i < n; i++) {
            customer[i] = rows.get(i)[0];
            day[i] = rows.get(i)[1];
            amount[i] = cents.get(i);
        }
        return new PurchaseLog(ids.keySet().toArray(new String[0]), customer, day, amount);
    }
}
