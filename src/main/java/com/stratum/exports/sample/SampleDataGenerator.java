package com.stratum.exports.sample;

import com.stratum.exports.CsvTableWriter;
import com.stratum.exports.XlsxTableWriter;
import com.stratum.exports.sample.SampleCatalog.Category;
import com.stratum.exports.sample.SampleCatalog.City;
import com.stratum.exports.sample.SampleCatalog.Store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes the sample workbooks of a fictional cross-border retailer: {@value #CUSTOMERS_FILE},
 * {@value #TRANSACTIONS_FILE} and {@value #TRANSACTIONS_GBK_FILE} (the same transactions with Chinese
 * headers and values, GBK-encoded). Deterministic: the same seed and size give the same files.
 *
 * <p>Scales to millions of customers: customer profiles are recomputed from (seed, index) instead of
 * kept, transactions are generated a month at a time and written in time order, and the xlsx files
 * are streamed (a transactions sheet longer than Excel's limit continues on "Transactions (2)").
 */
public final class SampleDataGenerator {

    public static final String CUSTOMERS_FILE = "customers.xlsx";
    public static final String TRANSACTIONS_FILE = "transactions.xlsx";
    public static final String TRANSACTIONS_GBK_FILE = "transactions_zh_gbk.csv";

    /** The window: 18 months ending 2025-06-30 (so the default analysis date is 2025-07-01). */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    public static final List<String> TRANSACTION_HEADER = List.of("Order ID", "Customer ID", "Order Date",
            "Quantity", "Unit Price", "Amount", "Channel", "Store", "Category", "Brand", "Country", "City");
    public static final List<String> TRANSACTION_HEADER_ZH = List.of("订单号", "客户ID", "下单时间", "数量", "单价", "金额",
            "渠道", "门店", "品类", "品牌", "国家", "城市");
    public static final List<String> CUSTOMER_HEADER = List.of("Customer ID", "Name", "Gender", "Birth Date",
            "Monthly Income", "Occupation", "Education", "Family Status", "Country", "Region", "City", "City Tier",
            "Signup Date", "Email", "Phone", "Values", "Interests", "Lifestyle", "Motive", "Preferred Contact");

    /** The files' creation time: fixed, so the same seed gives the same bytes. */
    private static final Instant CREATED = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** Up to this many customers, profiles are computed once and kept; beyond, recomputed per month. */
    private static final int PROFILE_CACHE_LIMIT = 50_000;

    private final int customers;
    private final long seed;
    private final boolean writeGbkCsv;
    private final SeasonCalendar domestic = new SeasonCalendar(FIRST_DAY, LAST_DAY, true);
    private final SeasonCalendar overseas = new SeasonCalendar(FIRST_DAY, LAST_DAY, false);
    private final CustomerProfile[] cache;

    public SampleDataGenerator(int customers, long seed, boolean writeGbkCsv) {
        if (customers < 1) {
            throw new IllegalArgumentException("Number of customers must be at least 1, was " + customers);
        }
        this.customers = customers;
        this.seed = seed;
        this.writeGbkCsv = writeGbkCsv;
        this.cache = customers <= PROFILE_CACHE_LIMIT ? new CustomerProfile[customers] : null;
    }

    public SampleSummary generate(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> files = new ArrayList<>();
        Path customersFile = outDir.resolve(CUSTOMERS_FILE);
        writeCustomers(customersFile);
        files.add(customersFile);
        Path transactionsFile = outDir.resolve(TRANSACTIONS_FILE);
        Path csvFile = writeGbkCsv ? outDir.resolve(TRANSACTIONS_GBK_FILE) : null;
        SampleSummary summary = writeTransactions(transactionsFile, csvFile);
        files.add(transactionsFile);
        if (csvFile != null) {
            files.add(csvFile);
        }
        return new SampleSummary(summary.customers(), summary.buyers(), summary.orders(), summary.returns(),
                summary.lines(), summary.anonymousLines(), summary.netAmount(), summary.firstTime(),
                summary.lastTime(), List.copyOf(files));
    }

    CustomerProfile profile(int index) {
        if (cache == null) {
            return new CustomerProfile(seed, index, domestic, overseas);
        }
        CustomerProfile p = cache[index];
        if (p == null) {
            p = new CustomerProfile(seed, index, domestic, overseas);
            cache[index] = p;
        }
        return p;
    }

    private void writeCustomers(Path file) throws IOException {
        try (XlsxTableWriter out = new XlsxTableWriter(file)) {
            out.documentCreated(CREATED);
            out.startTable("Customers", CUSTOMER_HEADER);
            for (int i = 0; i < customers; i++) {
                CustomerProfile p = profile(i);
                String[] personal = p.personal(seed);
                Random skip = Draw.stream(seed, i + 1L, 2);
                City c = p.city;
                out.writeRow(p.id, personal[0], p.gender, p.birthDate, p.monthlyIncome, p.occupation, p.education,
                        p.familyStatus, c.country(), c.region(), c.en(), p.tierLabel(), p.signupDate,
                        personal[1], personal[2], p.survey(p.values, skip), p.survey(p.interest, skip),
                        p.survey(p.lifestyle, skip), p.survey(p.motive, skip), p.survey(p.contact, skip));
            }
        }
    }

    /** Only the GBK csv of the transactions (for checking the committed file quickly). */
    SampleSummary writeTransactionsCsv(Path csvFile) throws IOException {
        return writeTransactions(null, csvFile);
    }

    private SampleSummary writeTransactions(Path xlsxFile, Path csvFile) throws IOException {
        OrderGenerator generator = new OrderGenerator(seed, domestic, overseas);
        TransactionSink sink = new TransactionSink(customers);
        List<SampleOrder> later = new ArrayList<>();
        try (XlsxTableWriter xlsx = xlsxFile == null ? null : new XlsxTableWriter(xlsxFile);
             CsvTableWriter csv = csvFile == null ? null : new CsvTableWriter(Files.newOutputStream(csvFile),
                     Charset.forName("GBK"), false, CsvTableWriter.CRLF)) {
            if (xlsx != null) {
                xlsx.documentCreated(CREATED);
                xlsx.startTable("Transactions", TRANSACTION_HEADER);
            }
            if (csv != null) {
                csv.startTable("Transactions", TRANSACTION_HEADER_ZH);
            }
            LocalDate monthStart = FIRST_DAY;
            for (int month = 0; !monthStart.isAfter(LAST_DAY); month++) {
                LocalDate next = monthStart.plusMonths(1);
                int from = domestic.index(monthStart);
                int to = Math.min(domestic.days, domestic.index(next));
                List<SampleOrder> generated = new ArrayList<>();
                for (int i = 0; i < customers; i++) {
                    generator.customerMonth(profile(i), month, from, to, generated);
                }
                generator.anonymousMonth(customers, month, from, to, generated);

                List<SampleOrder> thisMonth = new ArrayList<>();
                List<SampleOrder> stillLater = new ArrayList<>();
                for (List<SampleOrder> source : List.of(later, generated)) {
                    for (SampleOrder o : source) {
                        int day = (int) (o.epochDay() - FIRST_DAY.toEpochDay());
                        if (day < to) {
                            thisMonth.add(o);
                        } else if (day < domestic.days) {
                            stillLater.add(o);
                        } // returns after the window's end are not in the extract
                    }
                }
                later = stillLater;
                thisMonth.sort(Comparator.comparingLong((SampleOrder o) -> o.seconds)); // stable: ties keep their order
                for (SampleOrder o : thisMonth) {
                    sink.write(o, xlsx, csv);
                }
                monthStart = next;
            }
        }
        return sink.summary();
    }

    /** Writes orders as lines to both files and keeps the counts. */
    private final class TransactionSink {
        private final BitSet buyers;
        private long salesNumber;
        private long returnNumber;
        private long lines;
        private long anonymousLines;
        private long netCents;
        private LocalDateTime first;
        private LocalDateTime last;

        TransactionSink(int customers) {
            buyers = new BitSet(customers);
        }

        void write(SampleOrder o, XlsxTableWriter xlsx, CsvTableWriter csv) throws IOException {
            LocalDateTime time = o.time();
            String orderId = o.isReturn ? String.format("RT%08d", ++returnNumber)
                    : String.format("SO%08d", ++salesNumber);
            String customerId = o.customer < 0 ? null : CustomerProfile.idOf(o.customer);
            if (o.customer >= 0 && !o.isReturn) {
                buyers.set(o.customer);
            }
            City city = SampleCatalog.CITIES[o.city];
            Store store = o.store >= 0 ? SampleCatalog.STORES[o.store] : null;
            String storeEn = store != null ? store.en()
                    : o.channel == SampleCatalog.ONLINE ? SampleCatalog.WEB_STORE : SampleCatalog.APP_STORE;
            String storeZh = store != null ? store.zh()
                    : o.channel == SampleCatalog.ONLINE ? SampleCatalog.WEB_STORE_ZH : SampleCatalog.APP_STORE_ZH;
            for (int l = 0; l < o.lines(); l++) {
                Category category = SampleCatalog.CATEGORIES[o.category[l]];
                String brand = category.brands()[o.brand[l]];
                long quantity = o.quantity[l];
                long amountCents = quantity * o.unitCents[l];
                BigDecimal unit = BigDecimal.valueOf(o.unitCents[l], 2);
                BigDecimal amount = BigDecimal.valueOf(amountCents, 2);
                if (xlsx != null) {
                    xlsx.writeRow(orderId, customerId, time, quantity, unit, amount,
                            SampleCatalog.CHANNELS[o.channel], storeEn, category.en(), brand, city.country(), city.en());
                }
                if (csv != null) {
                    csv.writeRow(orderId, customerId, time, quantity, unit, amount,
                            SampleCatalog.CHANNELS_ZH[o.channel], storeZh, category.zh(), brand, city.countryZh(),
                            city.zh());
                }
                lines++;
                netCents += amountCents;
                if (customerId == null) {
                    anonymousLines++;
                }
            }
            if (first == null) {
                first = time;
            }
            last = time;
        }

        SampleSummary summary() {
            return new SampleSummary(customers, buyers.cardinality(), salesNumber, returnNumber, lines,
                    anonymousLines, BigDecimal.valueOf(netCents, 2), first, last, List.of());
        }
    }
}
