package com.stratum.workspace;

import com.stratum.features.CustomerAttributes;
import com.stratum.features.CustomerField;
import com.stratum.features.LineAttribute;
import com.stratum.features.Money;
import com.stratum.features.TransactionTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the imported tables of a workspace into the feature builder's input: every
 * {@code transactions} dataset (their union, oldest import first) into a {@link TransactionTable}
 * and every {@code customers} dataset into {@link CustomerAttributes} (a later import wins for the
 * same customer id). Columns are found by their role (docs/ARCHITECTURE.md); rows are read
 * chunk by chunk ({@link DatasetRows}), never all held at once.
 */
public final class CustomerDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerDataLoader.class);

    private static final Map<ColumnRole, LineAttribute> LINE_ATTRIBUTES = new EnumMap<>(Map.of(
            ColumnRole.CHANNEL, LineAttribute.CHANNEL, ColumnRole.STORE, LineAttribute.STORE,
            ColumnRole.CATEGORY, LineAttribute.CATEGORY, ColumnRole.BRAND, LineAttribute.BRAND,
            ColumnRole.COUNTRY, LineAttribute.COUNTRY, ColumnRole.CITY, LineAttribute.CITY));

    private static final Map<ColumnRole, CustomerField> CUSTOMER_TEXT = new EnumMap<>(ColumnRole.class);

    static {
        CUSTOMER_TEXT.put(ColumnRole.GENDER, CustomerField.GENDER);
        CUSTOMER_TEXT.put(ColumnRole.OCCUPATION, CustomerField.OCCUPATION);
        CUSTOMER_TEXT.put(ColumnRole.EDUCATION, CustomerField.EDUCATION);
        CUSTOMER_TEXT.put(ColumnRole.FAMILY_STATUS, CustomerField.FAMILY_STATUS);
        CUSTOMER_TEXT.put(ColumnRole.COUNTRY, CustomerField.COUNTRY);
        CUSTOMER_TEXT.put(ColumnRole.REGION, CustomerField.REGION);
        CUSTOMER_TEXT.put(ColumnRole.CITY, CustomerField.CITY);
        CUSTOMER_TEXT.put(ColumnRole.CITY_TIER, CustomerField.CITY_TIER);
        CUSTOMER_TEXT.put(ColumnRole.VALUES, CustomerField.VALUES);
        CUSTOMER_TEXT.put(ColumnRole.INTERESTS, CustomerField.INTERESTS);
        CUSTOMER_TEXT.put(ColumnRole.LIFESTYLE, CustomerField.LIFESTYLE);
        CUSTOMER_TEXT.put(ColumnRole.MOTIVE, CustomerField.MOTIVE);
        CUSTOMER_TEXT.put(ColumnRole.PREFERRED_CONTACT, CustomerField.PREFERRED_CONTACT);
    }

    private final Workspace workspace;

    public CustomerDataLoader(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The input of the feature builder, with what was left out and why. */
    public record CustomerData(TransactionTable transactions, CustomerAttributes customers, LoadSummary summary) {
    }

    /**
     * @param transactionDatasets datasets of kind transactions read
     * @param customerDatasets    datasets of kind customers read
     * @param rowsWithoutDate     transaction rows left out because their date is empty
     * @param rowsWithoutAmount   transaction rows left out because their amount is empty
     */
    public record LoadSummary(int transactionDatasets, int customerDatasets, long rowsWithoutDate,
                              long rowsWithoutAmount) {
    }

    /** Loads the workspace's data and builds the customer features (the CLI's and the window's one path). */
    public static com.stratum.features.FeatureResult features(Workspace workspace,
                                                              com.stratum.features.FeatureSettings settings) {
        CustomerData data = new CustomerDataLoader(workspace).load();
        return com.stratum.features.FeatureBuilder.build(data.transactions(), data.customers(), settings);
    }

    /** Reads all transactions and customers of the workspace. */
    public CustomerData load() {
        List<DatasetInfo> datasets = new DatasetRepository(workspace).list();
        List<DatasetInfo> tx = datasets.stream().filter(d -> d.kind() == DatasetKind.TRANSACTIONS).toList();
        List<DatasetInfo> cu = datasets.stream().filter(d -> d.kind() == DatasetKind.CUSTOMERS).toList();
        try (Connection c = workspace.connect()) {
            long expected = tx.stream().mapToLong(DatasetInfo::rowsImported).sum();
            TransactionTable.Builder lines = TransactionTable.builder((int) Math.min(Integer.MAX_VALUE - 16, expected));
            long[] skipped = new long[2];
            for (DatasetInfo d : tx) {
                readTransactions(c, d, lines, skipped);
            }
            CustomerAttributes.Builder customers = CustomerAttributes.builder();
            for (DatasetInfo d : cu) {
                readCustomers(c, d, customers);
            }
            LoadSummary summary = new LoadSummary(tx.size(), cu.size(), skipped[0], skipped[1]);
            CustomerData data = new CustomerData(lines.build(), customers.build(), summary);
            LOG.info("Loaded {} transaction lines from {} datasets and {} customers from {} datasets",
                    data.transactions().size(), tx.size(), data.customers().size(), cu.size());
            return data;
        } catch (SQLException e) {
            throw new WorkspaceException("Reading the imported data failed: " + e.getMessage(), e);
        }
    }

    private void readTransactions(Connection c, DatasetInfo d, TransactionTable.Builder b, long[] skipped)
            throws SQLException {
        DatasetColumn customerCol = require(d, ColumnRole.CUSTOMER_ID);
        DatasetColumn dateCol = require(d, ColumnRole.DATE);
        DatasetColumn amountCol = d.column(ColumnRole.AMOUNT).orElse(null);
        DatasetColumn qtyCol = d.column(ColumnRole.QUANTITY).orElse(null);
        DatasetColumn priceCol = d.column(ColumnRole.UNIT_PRICE).orElse(null);
        if (amountCol == null && (qtyCol == null || priceCol == null)) {
            throw new CustomerDataException(where(d) + " has no amount column (nor quantity and unit price):"
                    + " map one with --map amount=COLUMN and import it again.");
        }
        DatasetColumn orderCol = d.column(ColumnRole.ORDER_ID).orElse(null);
        List<DatasetColumn> cols = new ArrayList<>();
        cols.add(customerCol);
        cols.add(dateCol);
        if (amountCol != null) {
            cols.add(amountCol);
        } else {
            cols.add(qtyCol);
            cols.add(priceCol);
        }
        if (orderCol != null) {
            cols.add(orderCol);
        }
        List<LineAttribute> attrs = new ArrayList<>();
        for (Map.Entry<ColumnRole, LineAttribute> e : LINE_ATTRIBUTES.entrySet()) {
            d.column(e.getKey()).ifPresent(col -> {
                cols.add(col);
                attrs.add(e.getValue());
            });
        }
        b.newOrderScope(); // order ids are per dataset: the same id in another import is another order
        int first = b.size();
        boolean timed = dateCol.dataType() == DataType.TIMESTAMP || dateCol.dataType() == DataType.TEXT;
        int orderIdx = orderCol == null ? -1 : cols.indexOf(orderCol);
        int firstAttr = cols.size() - attrs.size();
        try (DatasetRows rs = DatasetRows.open(c, d, cols)) {
            int[] codes = new int[attrs.size()];
            while (rs.next()) {
                long row = rs.sourceRow();
                long when = dateTime(rs, 1, dateCol, d, row);
                if (when == NO_DATE_TIME) {
                    skipped[0]++;
                    continue;
                }
                long cents = amountCol != null ? cents(rs, 2, amountCol, d, row)
                        : product(rs, 2, qtyCol, priceCol, d, row);
                if (cents == NO_AMOUNT) {
                    skipped[1]++;
                    continue;
                }
                int customer = b.customer(rs.text(0));
                int order = orderCol == null ? b.newOrder() : b.order(rs.text(orderIdx));
                for (int a = 0; a < codes.length; a++) {
                    codes[a] = b.code(attrs.get(a), rs.text(firstAttr + a));
                }
                int day = (int) (when >> 17);
                int second = (int) (when & 0x1FFFF) - 1; // -1 = TIME_UNKNOWN
                int line = b.add(customer, order, day, second, cents);
                for (int a = 0; a < codes.length; a++) {
                    b.set(attrs.get(a), line, codes[a]);
                }
            }
        }
        // A date imported as a timestamp with every time at midnight carries no time of day.
        if (timed && b.allMidnight(first, b.size())) {
            b.clearTimes(first, b.size());
        }
    }

    private void readCustomers(Connection c, DatasetInfo d, CustomerAttributes.Builder b) throws SQLException {
        DatasetColumn idCol = require(d, ColumnRole.CUSTOMER_ID);
        List<DatasetColumn> cols = new ArrayList<>();
        cols.add(idCol);
        for (DatasetColumn col : d.columns()) {
            ColumnRole r = col.role();
            if (r != null && r != ColumnRole.CUSTOMER_ID && (CUSTOMER_TEXT.containsKey(r) || r == ColumnRole.BIRTH_DATE
                    || r == ColumnRole.AGE || r == ColumnRole.INCOME || r == ColumnRole.SIGNUP_DATE)) {
                cols.add(col);
            }
        }
        try (DatasetRows rs = DatasetRows.open(c, d, cols)) {
            while (rs.next()) {
                long srcRow = rs.sourceRow();
                int row = b.row(rs.text(0));
                if (row < 0) {
                    continue; // a customers row without an id describes nobody
                }
                for (int i = 1; i < cols.size(); i++) {
                    DatasetColumn col = cols.get(i);
                    switch (col.role()) {
                        case BIRTH_DATE -> b.birthDay(row, day(rs, i, col, d, srcRow));
                        case SIGNUP_DATE -> b.signupDay(row, day(rs, i, col, d, srcRow));
                        case AGE -> b.age(row, number(rs, i, col));
                        case INCOME -> {
                            double v = number(rs, i, col);
                            if (Double.isNaN(v)) {
                                b.text(CustomerField.INCOME_TEXT, row, rs.text(i));
                            } else {
                                b.income(row, v);
                            }
                        }
                        default -> b.text(CUSTOMER_TEXT.get(col.role()), row, rs.text(i));
                    }
                }
            }
        }
    }

    private static DatasetColumn require(DatasetInfo d, ColumnRole role) {
        return d.column(role).orElseThrow(() -> new CustomerDataException(where(d) + " has no " + role.key()
                + " column: map one with --map " + role.key() + "=COLUMN and import it again."));
    }

    static String where(DatasetInfo d) {
        StringBuilder s = new StringBuilder("Dataset '").append(d.name()).append('\'');
        if (d.sourceFile() != null) {
            s.append(" (file ").append(d.sourceFile());
            if (d.sheet() != null) {
                s.append(", sheet ").append(d.sheet());
            }
            s.append(')');
        }
        return s.toString();
    }

    private static String at(DatasetInfo d, long row, DatasetColumn col) {
        return where(d) + ", row " + row + ", column '" + col.header() + "'";
    }

    // --- values -------------------------------------------------------------------------------

    private static final long NO_DATE_TIME = Long.MIN_VALUE;
    private static final long NO_AMOUNT = Long.MIN_VALUE;

    /** Epoch day << 17 | (second of day + 1), 0 in the low bits when the time is unknown. */
    private static long dateTime(DatasetRows rs, int idx, DatasetColumn col, DatasetInfo d, long row)
            {
        switch (col.dataType()) {
            case DATE -> {
                LocalDate v = rs.date(idx);
                return v == null ? NO_DATE_TIME : v.toEpochDay() << 17;
            }
            case TIMESTAMP -> {
                LocalDateTime v = rs.timestamp(idx);
                return v == null ? NO_DATE_TIME : pack(v);
            }
            case TEXT -> {
                String s = rs.text(idx);
                if (s == null || s.isBlank()) {
                    return NO_DATE_TIME;
                }
                LocalDateTime v = TextDates.parseDateTime(s);
                if (v != null) {
                    return pack(v);
                }
                LocalDate date = TextDates.parseDate(s);
                if (date != null) {
                    return date.toEpochDay() << 17;
                }
                throw new CustomerDataException(at(d, row, col) + ": '" + s + "' is not a date.");
            }
            default -> throw new CustomerDataException(at(d, row, col) + ": the date column holds "
                    + col.dataType().name().toLowerCase() + " values, not dates; import it again as a date.");
        }
    }

    private static long pack(LocalDateTime v) {
        return (v.toLocalDate().toEpochDay() << 17) | (v.toLocalTime().toSecondOfDay() + 1);
    }

    private static int day(DatasetRows rs, int idx, DatasetColumn col, DatasetInfo d, long row) {
        long v = dateTime(rs, idx, col, d, row);
        return v == NO_DATE_TIME ? CustomerAttributes.NO_DATE : (int) (v >> 17);
    }

    private static long cents(DatasetRows rs, int idx, DatasetColumn col, DatasetInfo d, long row) {
        BigDecimal v = decimal(rs, idx, col, d, row);
        if (v == null) {
            return NO_AMOUNT;
        }
        try {
            return Money.toCents(v);
        } catch (ArithmeticException e) {
            throw new CustomerDataException(at(d, row, col) + ": the amount " + v.toPlainString() + " is too large.");
        }
    }

    /** Quantity x unit price, in cents rounded half-up. */
    private static long product(DatasetRows rs, int idx, DatasetColumn qty, DatasetColumn price, DatasetInfo d,
                                long row) {
        BigDecimal q = decimal(rs, idx, qty, d, row);
        BigDecimal p = decimal(rs, idx + 1, price, d, row);
        if (q == null || p == null) {
            return NO_AMOUNT;
        }
        return Money.toCents(q.multiply(p));
    }

    private static BigDecimal decimal(DatasetRows rs, int idx, DatasetColumn col, DatasetInfo d, long row)
            {
        switch (col.dataType()) {
            case DECIMAL -> {
                return rs.decimal(idx);
            }
            case INTEGER -> {
                return rs.decimal(idx);
            }
            case TEXT -> {
                String s = rs.text(idx);
                if (s == null || s.isBlank()) {
                    return null;
                }
                BigDecimal v = TextNumbers.parse(s);
                if (v == null) {
                    throw new CustomerDataException(at(d, row, col) + ": '" + s + "' is not an amount.");
                }
                return v;
            }
            default -> throw new CustomerDataException(at(d, row, col) + ": the column holds "
                    + col.dataType().name().toLowerCase() + " values, not amounts.");
        }
    }

    /** A number (age, income), NaN when empty or not a number. */
    private static double number(DatasetRows rs, int idx, DatasetColumn col) {
        switch (col.dataType()) {
            case DECIMAL, INTEGER -> {
                return rs.number(idx);
            }
            case TEXT -> {
                String s = rs.text(idx);
                BigDecimal v = s == null ? null : TextNumbers.parse(s);
                return v == null ? Double.NaN : v.doubleValue();
            }
            default -> {
                return Double.NaN;
            }
        }
    }
}
