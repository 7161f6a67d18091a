package com.stratum.exports.sample;

import com.stratum.exports.TestCsv;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataGeneratorTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    static Path dir;
    static SampleSummary small;

    @BeforeAll
    static void generateSmall() throws Exception {
        small = new SampleDataGenerator(150, 7, true).generate(dir.resolve("small"));
    }

    static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<List<String>> readGbk(Path file) throws Exception {
        return TestCsv.parse(new String(Files.readAllBytes(file), GBK));
    }

    static BigDecimal money(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.UNNECESSARY);
    }

    @Test
    void transactionsWorkbookHasTypedConsistentLinesInTimeOrder() throws Exception {
        Set<String> customerIds = new HashSet<>();
        try (XSSFWorkbook wb = read(dir.resolve("small/customers.xlsx"))) {
            XSSFSheet s = wb.getSheet("Customers");
            assertThat(s.getLastRowNum()).isEqualTo(150);
            for (int i = 1; i <= 150; i++) {
                customerIds.add(s.getRow(i).getCell(0).getStringCellValue());
            }
        }
        assertThat(customerIds).hasSize(150);
        try (XSSFWorkbook wb = read(dir.resolve("small/transactions.xlsx"))) {
            XSSFSheet s = wb.getSheet("Transactions");
            XSSFRow header = s.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Order ID", "Customer ID", "Order Date", "Quantity", "Unit Price",
                    "Amount", "Channel", "Store", "Category", "Brand", "Country", "City");
            assertThat((long) s.getLastRowNum()).isEqualTo(small.lines());
            LocalDateTime previous = LocalDateTime.MIN;
            long anonymous = 0;
            long returnLines = 0;
            long netCents = 0;
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                XSSFRow r = s.getRow(i);
                String orderId = r.getCell(0).getStringCellValue();
                if (r.getCell(1) == null) {
                    anonymous++;
                    assertThat(r.getCell(6).getStringCellValue()).isEqualTo("in-store");
                } else {
                    assertThat(customerIds).contains(r.getCell(1).getStringCellValue());
                }
                assertThat(DateUtil.isCellDateFormatted(r.getCell(2))).isTrue();
                LocalDateTime time = r.getCell(2).getLocalDateTimeCellValue();
                assertThat(time).isAfterOrEqualTo(previous);
                assertThat(time.toLocalDate()).isBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));
                previous = time;
                long quantity = (long) r.getCell(3).getNumericCellValue();
                BigDecimal unit = money(r.getCell(4).getNumericCellValue());
                BigDecimal amount = money(r.getCell(5).getNumericCellValue());
                assertThat(amount).isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(quantity)));
                assertThat(unit.signum()).isPositive();
                boolean isReturn = orderId.startsWith("RT");
                assertThat(orderId).matches(isReturn ? "RT\\d{8}" : "SO\\d{8}");
                assertThat(quantity < 0).isEqualTo(isReturn);
                if (isReturn) {
                    returnLines++;
                }
                assertThat(r.getCell(6).getStringCellValue()).isIn("online", "mobile", "in-store");
                if (r.getCell(6).getStringCellValue().equals("in-store")) {
                    assertThat(time.getHour()).isBetween(10, 21);
                }
                netCents += amount.movePointRight(2).longValueExact();
            }
            assertThat(anonymous).isEqualTo(small.anonymousLines()).isPositive();
            assertThat(returnLines).isEqualTo(small.returns());
            assertThat(BigDecimal.valueOf(netCents, 2)).isEqualByComparingTo(small.netAmount());
        }
    }

    @Test
    void gbkCsvHoldsTheSameLinesWithChineseHeadersAndValues() throws Exception {
        List<List<String>> csv = readGbk(dir.resolve("small/transactions_zh_gbk.csv"));
        assertThat(csv.get(0)).containsExactly("订单号", "客户ID", "下单时间", "数量", "单价", "金额", "渠道", "门店", "品类", "品牌",
                "国家", "城市");
        assertThat((long) csv.size() - 1).isEqualTo(small.lines());
        try (XSSFWorkbook wb = read(dir.resolve("small/transactions.xlsx"))) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = 1; i < csv.size(); i += 37) {
                List<String> line = csv.get(i);
                XSSFRow r = s.getRow(i);
                assertThat(line.get(0)).isEqualTo(r.getCell(0).getStringCellValue());
                assertThat(line.get(1)).isEqualTo(r.getCell(1) == null ? "" : r.getCell(1).getStringCellValue());
                assertThat(LocalDateTime.parse(line.get(2).replace(' ', 'T')))
                        .isEqualTo(r.getCell(2).getLocalDateTimeCellValue());
                assertThat(new BigDecimal(line.get(5))).isEqualByComparingTo(money(r.getCell(5).getNumericCellValue()));
                assertThat(line.get(5)).matches("-?\\d+\\.\\d{2}");
                assertThat(line.get(6)).isIn("线上", "移动端", "门店");
            }
        }
    }

    @Test
    void sameSeedSameData() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        new SampleDataGenerator(60, 99, true).writeTransactionsCsv(a);
        new SampleDataGenerator(60, 99, true).writeTransactionsCsv(b);
        new SampleDataGenerator(60, 100, true).writeTransactionsCsv(c);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
    }

    @Test
    void sameSeedSameWorkbookBytes() throws Exception {
        new SampleDataGenerator(30, 5, false).generate(dir.resolve("x1"));
        new SampleDataGenerator(30, 5, false).generate(dir.resolve("x2"));
        for (String f : List.of(SampleDataGenerator.CUSTOMERS_FILE, SampleDataGenerator.TRANSACTIONS_FILE)) {
            assertThat(Files.readAllBytes(dir.resolve("x1").resolve(f)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("x2").resolve(f)));
        }
    }

    @Test
    void storesAreInTheCitiesTheirNamesSay() {
        for (SampleCatalog.Store store : SampleCatalog.STORES) {
            assertThat(store.en()).startsWith(SampleCatalog.CITIES[store.city()].en());
            assertThat(store.zh()).startsWith(SampleCatalog.CITIES[store.city()].zh());
        }
    }

    /** The committed csv is exactly what the README's command writes (seed 42, 2,000 customers). */
    @Test
    void committedSampleMatchesTheGenerator() throws Exception {
        Path committed = Path.of("sample-data", SampleDataGenerator.TRANSACTIONS_GBK_FILE);
        Path fresh = dir.resolve("fresh.csv");
        new SampleDataGenerator(2000, 42, true).writeTransactionsCsv(fresh);
        assertThat(Files.readAllBytes(fresh)).isEqualTo(Files.readAllBytes(committed));
    }

    /** The shapes the sample promises, measured on the committed file. */
    @Test
    void committedSampleHasRealisticShapes() throws Exception {
        List<List<String>> rows = readGbk(Path.of("sample-data", SampleDataGenerator.TRANSACTIONS_GBK_FILE));
        rows = rows.subList(1, rows.size());
        assertThat(rows.size()).isGreaterThanOrEqualTo(25_000);

        Map<String, BigDecimal> spend = new HashMap<>();
        Map<String, Set<String>> channels = new HashMap<>();
        Map<String, LocalDate> lastPurchase = new HashMap<>();
        Map<String, Set<String>> purchases = new HashMap<>();
        Map<LocalDate, Integer> linesPerDay = new HashMap<>();
        Set<String> months = new HashSet<>();
        long anonymous = 0;
        long returns = 0;
        for (List<String> r : rows) {
            LocalDate day = LocalDate.parse(r.get(2).substring(0, 10));
            months.add(r.get(2).substring(0, 7));
            linesPerDay.merge(day, 1, Integer::sum);
            if (r.get(0).startsWith("RT")) {
                returns++;
            }
            String id = r.get(1);
            if (id.isEmpty()) {
                anonymous++;
                continue;
            }
            spend.merge(id, new BigDecimal(r.get(5)), BigDecimal::add);
            channels.computeIfAbsent(id, k -> new HashSet<>()).add(r.get(6));
            if (r.get(0).startsWith("SO")) {
                purchases.computeIfAbsent(id, k -> new HashSet<>()).add(r.get(0));
                lastPurchase.merge(id, day, (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        assertThat(months).hasSize(18);
        assertThat(returns).isPositive();
        // anonymous lines: a small but real share
        assertThat((double) anonymous / rows.size()).isBetween(0.005, 0.05);

        // skewed spend: the top fifth of customers bring well over half the revenue (Pareto-like)
        List<BigDecimal> sorted = spend.values().stream().sorted((x, y) -> y.compareTo(x)).toList();
        BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = sorted.subList(0, sorted.size() / 5).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(top.doubleValue() / total.doubleValue()).isBetween(0.6, 0.9);

        // omni-channel customers exist next to single-channel ones
        long omni = channels.values().stream().filter(s -> s.size() >= 2).count();
        long single = channels.values().stream().filter(s -> s.size() == 1).count();
        assertThat(omni).isGreaterThan(100);
        assertThat(single).isGreaterThan(100);

        // loyal (many purchases) and lapsed customers (several purchases, none in the last six months)
        assertThat(purchases.values().stream().filter(s -> s.size() >= 20).count()).isGreaterThan(50);
        long lapsed = purchases.entrySet().stream().filter(e -> e.getValue().size() >= 3
                && lastPurchase.get(e.getKey()).isBefore(LocalDate.of(2025, 1, 1))).count();
        assertThat(lapsed).isGreaterThan(50);

        // seasonality: 11.11 and 618 are far busier than an average day
        double averageDay = rows.size() / 547.0;
        assertThat(linesPerDay.get(LocalDate.of(2024, 11, 11))).isGreaterThan((int) (3 * averageDay));
        assertThat(linesPerDay.get(LocalDate.of(2025, 6, 18))).isGreaterThan((int) (2 * averageDay));
        // the Chinese New Year holiday week (2025-01-29 onwards) is quieter than the run-up to it
        int runUp = 0;
        int holiday = 0;
        for (int d = 0; d < 7; d++) {
            runUp += linesPerDay.getOrDefault(LocalDate.of(2025, 1, 15).plusDays(d), 0);
            holiday += linesPerDay.getOrDefault(LocalDate.of(2025, 1, 29).plusDays(d), 0);
        }
        assertThat(holiday).isLessThan(runUp);
    }

    @Test
    void customersWorkbookHasNewCustomersSurveyGapsAndTiers() throws Exception {
        try (XSSFWorkbook wb = read(Path.of("sample-data", SampleDataGenerator.CUSTOMERS_FILE))) {
            XSSFSheet s = wb.getSheet("Customers");
            assertThat(s.getLastRowNum()).isEqualTo(2000);
            List<String> headers = new ArrayList<>();
            s.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).isEqualTo(SampleDataGenerator.CUSTOMER_HEADER);
            int newIn2025 = 0;
            int noSurvey = 0;
            int overseas = 0;
            Set<String> tiers = new HashSet<>();
            for (int i = 1; i <= 2000; i++) {
                XSSFRow r = s.getRow(i);
                if (r.getCell(12).getLocalDateTimeCellValue().getYear() == 2025) {
                    newIn2025++;
                }
                if (r.getCell(15) == null) {
                    noSurvey++;
                }
                if (!r.getCell(8).getStringCellValue().equals("China")) {
                    overseas++;
                    assertThat((Object) r.getCell(11)).isNull();
                } else {
                    tiers.add(r.getCell(11).getStringCellValue());
                }
            }
            assertThat(tiers).containsExactlyInAnyOrder("Tier 1", "Tier 2", "Tier 3");
            assertThat(newIn2025).isBetween(100, 600);
            assertThat(noSurvey).isBetween(400, 800);
            assertThat(overseas).isBetween(400, 800);
        }
    }
}
