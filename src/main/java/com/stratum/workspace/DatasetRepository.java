package com.stratum.workspace;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The imported datasets of a workspace: listing with columns and roles, paging rows for a
 * virtualized table (never all rows at once), rejected rows, deletion, and the customer counts
 * the import report and {@code info} show. Table and column names used in SQL come from the
 * workspace's own metadata and are checked to be generated names.
 */
public final class DatasetRepository {

    private static final Pattern TABLE = Pattern.compile("DS_\\d+");

    private final Workspace workspace;

    public DatasetRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** All datasets, oldest first, each with its columns. */
    public List<DatasetInfo> list() {
        try (Connection c = workspace.connect()) {
            Map<Long, List<DatasetColumn>> cols = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT dataset_id, ordinal, header, sql_name, data_type, role FROM dataset_column"
                            + " ORDER BY dataset_id, ordinal")) {
                while (rs.next()) {
                    cols.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(column(rs));
                }
            }
            List<DatasetInfo> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, name, kind, source_file, sheet, table_name, rows_read, rows_imported, rows_rejected,"
                            + " imported_at FROM dataset ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Timestamp at = rs.getTimestamp(10);
                    out.add(new DatasetInfo(id, rs.getString(2),
                            DatasetKind.fromKey(rs.getString(3)).orElse(DatasetKind.TRANSACTIONS),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8),
                            rs.getLong(9), at == null ? null : at.toLocalDateTime(),
                            List.copyOf(cols.getOrDefault(id, List.of()))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("Reading the datasets failed: " + e.getMessage(), e);
        }
    }

    public Optional<DatasetInfo> find(long datasetId) {
        return list().stream().filter(d -> d.id() == datasetId).findFirst();
    }

    private static DatasetColumn column(ResultSet rs) throws SQLException {
        String role = rs.getString(6);
        return new DatasetColumn(rs.getInt(2), rs.getString(3), rs.getString(4), DataType.fromName(rs.getString(5)),
                role == null ? null : ColumnRole.fromKey(role).orElse(null));
    }

    private DatasetInfo require(long datasetId) {
        DatasetInfo d = find(datasetId).orElseThrow(() -> new WorkspaceException("There is no dataset " + datasetId
                + " in this workspace."));
        if (!TABLE.matcher(d.tableName()).matches()) {
            throw new WorkspaceException("Dataset " + datasetId + " has an unexpected table name.");
        }
        return d;
    }

    /** Rows {@code offset .. offset+limit-1} in sheet order. */
    public RowPage page(long datasetId, long offset, int limit) {
        DatasetInfo d = require(datasetId);
        List<Long> src = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int width = d.columns().size();
        try (Connection c = workspace.connect();
             DatasetRows in = DatasetRows.open(c, d, d.columns(), Math.max(0, offset))) {
            while (rows.size() < limit && in.next()) {
                src.add(in.sourceRow());
                List<Object> row = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    Object v = in.value(i);
                    row.add(v instanceof BigDecimal b ? plain(b) : v);
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Reading rows of dataset " + datasetId + " failed: " + e.getMessage(), e);
        }
        return new RowPage(d.columns(), offset, d.rowsImported(), src, rows);
    }

    /** 1280.0000000000 as 1280, 0.5000000000 as 0.5 (never 1.28E+3). */
    static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.signum() == 0 ? BigDecimal.ZERO : b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Rejected rows of a dataset in row order. */
    public List<RejectedRow> rejectedRows(long datasetId, long offset, int limit) {
        List<RejectedRow> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT sheet, row_number, column_name, reason, raw_values FROM rejected_row WHERE dataset_id = ?"
                        + " ORDER BY row_number LIMIT ? OFFSET ?")) {
            ps.setLong(1, datasetId);
            ps.setInt(2, Math.max(0, limit));
            ps.setLong(3, Math.max(0, offset));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Reading rejected rows failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** Deletes a dataset: its row, columns and rejected rows in one transaction, then its table. */
    public void delete(long datasetId) {
        DatasetInfo d = require(datasetId);
        try (Connection c = workspace.connect()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
                ps.setLong(1, datasetId);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS \"" + d.tableName() + "\"");
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Deleting dataset " + datasetId + " failed: " + e.getMessage(), e);
        }
    }

    /** Distinct non-empty customer ids over all transactions datasets. */
    public long distinctCustomers() {
        return countIds(list().stream().filter(d -> d.kind() == DatasetKind.TRANSACTIONS).toList());
    }

    /**
     * Distinct non-empty customer ids over transactions and customers datasets: everyone the analysis
     * covers (a customer who never bought lands in "No Purchases"), the count Results shows.
     */
    public long distinctCustomersAnywhere() {
        return countIds(list().stream().filter(d -> d.kind() == DatasetKind.TRANSACTIONS
                || d.kind() == DatasetKind.CUSTOMERS).toList());
    }

    /** Distinct non-empty customer ids of one dataset. */
    public long distinctCustomers(long datasetId) {
        return countIds(List.of(require(datasetId)));
    }

    /** Distinct non-blank customer ids (stripped) over {@code datasets}, one pass over each id column. */
    private long countIds(List<DatasetInfo> datasets) {
        IdHashSet ids = new IdHashSet();
        for (DatasetInfo d : datasets) {
            collectIds(d, ColumnRole.CUSTOMER_ID, ids::add);
        }
        return ids.size();
    }

    /** Lines of a transactions dataset with an empty customer id. */
    public long anonymousLines(long datasetId) {
        DatasetInfo d = require(datasetId);
        Optional<DatasetColumn> id = d.column(ColumnRole.CUSTOMER_ID);
        if (id.isEmpty()) {
            return d.rowsImported();
        }
        long[] named = {0};
        collectIds(d, ColumnRole.CUSTOMER_ID, v -> named[0]++);
        return d.rowsImported() - named[0];
    }

    /**
     * How a customers dataset links to the transactions: its customers with no transaction line,
     * and the customer ids of transaction lines that no customers dataset knows; with up to
     * {@code examples} of each, the smallest ids first (empty lists when none were asked for).
     */
    public record CustomerLinks(long customersWithoutTransactions, long transactionCustomersUnknown,
                                List<String> withoutTransactionsExamples, List<String> unknownExamples) {
        public CustomerLinks {
            withoutTransactionsExamples = List.copyOf(withoutTransactionsExamples);
            unknownExamples = List.copyOf(unknownExamples);
        }
    }

    public CustomerLinks customerLinks(long customersDatasetId) {
        return customerLinks(customersDatasetId, 0);
    }

    /**
     * One pass over each dataset's customer id column, ids kept as hashes ({@link IdHashSet}); much
     * cheaper than NOT IN over unions once the transactions run to millions of lines. The examples
     * cost one more pass over this customers dataset only, never over the transactions.
     */
    public CustomerLinks customerLinks(long customersDatasetId, int examples) {
        List<DatasetInfo> all = list();
        DatasetInfo self = all.stream().filter(d -> d.id() == customersDatasetId).findFirst()
                .orElseThrow(() -> new WorkspaceException("There is no dataset " + customersDatasetId
                        + " in this workspace."));
        IdHashSet known = new IdHashSet();
        IdHashSet mine = new IdHashSet();
        for (DatasetInfo d : all) {
            if (d.kind() == DatasetKind.CUSTOMERS) {
                collectIds(d, ColumnRole.CUSTOMER_ID, d.id() == self.id() ? v -> {
                    known.add(v);
                    mine.add(v);
                } : known::add);
            }
        }
        IdHashSet tx = new IdHashSet();
        long[] unknown = {0};
        Smallest unknownExamples = new Smallest(examples);
        for (DatasetInfo d : all) {
            if (d.kind() == DatasetKind.TRANSACTIONS) {
                collectIds(d, ColumnRole.CUSTOMER_ID, v -> {
                    if (tx.add(v) && !known.contains(v)) {
                        unknown[0]++;
                        unknownExamples.offer(v);
                    }
                });
            }
        }
        long[] withoutTx = {0};
        mine.forEachHash(h -> {
            if (!tx.containsHash(h)) {
                withoutTx[0]++;
            }
        });
        Smallest withoutTxExamples = new Smallest(examples);
        if (examples > 0 && withoutTx[0] > 0) {
            collectIds(self, ColumnRole.CUSTOMER_ID, v -> {
                if (!tx.contains(v)) {
                    withoutTxExamples.offer(v);
                }
            });
        }
        return new CustomerLinks(withoutTx[0], unknown[0], withoutTxExamples.sorted(), unknownExamples.sorted());
    }

    /** The {@code limit} smallest distinct strings offered. */
    private static final class Smallest {
        private final int limit;
        private final java.util.TreeSet<String> kept = new java.util.TreeSet<>();

        Smallest(int limit) {
            this.limit = limit;
        }

        void offer(String v) {
            if (limit > 0 && (kept.size() < limit || v.compareTo(kept.last()) < 0) && kept.add(v)
                    && kept.size() > limit) {
                kept.pollLast();
            }
        }

        List<String> sorted() {
            return new ArrayList<>(kept);
        }
    }

    /**
     * Order ids of a transactions dataset that also occur in another transactions dataset of the
     * workspace (e.g. the same orders imported from two files, which would count their revenue twice).
     *
     * @param count           distinct order ids of this dataset found elsewhere
     * @param otherDatasetIds the datasets holding them, in dataset order
     * @param otherDatasets   their names, in the same order
     */
    public record DuplicateOrders(long count, List<Long> otherDatasetIds, List<String> otherDatasets) {
        public static final DuplicateOrders NONE = new DuplicateOrders(0, List.of(), List.of());

        public DuplicateOrders {
            otherDatasetIds = List.copyOf(otherDatasetIds);
            otherDatasets = List.copyOf(otherDatasets);
        }
    }

    /**
     * One pass over the order ids of every transactions dataset: this dataset's ids go into a hash set,
     * the others are looked up in it. A dataset without an order id column has no duplicates to find.
     */
    public DuplicateOrders duplicateOrders(long transactionsDatasetId) {
        List<DatasetInfo> all = list();
        DatasetInfo self = all.stream().filter(d -> d.id() == transactionsDatasetId).findFirst()
                .orElseThrow(() -> new WorkspaceException("There is no dataset " + transactionsDatasetId
                        + " in this workspace."));
        if (self.kind() != DatasetKind.TRANSACTIONS || self.column(ColumnRole.ORDER_ID).isEmpty()) {
            return DuplicateOrders.NONE;
        }
        List<DatasetInfo> others = all.stream().filter(d -> d.id() != self.id() && d.kind() == DatasetKind.TRANSACTIONS
                && d.column(ColumnRole.ORDER_ID).isPresent()).toList();
        if (others.isEmpty()) {
            return DuplicateOrders.NONE; // the first transactions import: nothing to read (541k ids cost ~0.5 s)
        }
        IdHashSet mine = new IdHashSet();
        collectIds(self, ColumnRole.ORDER_ID, mine::add);
        if (mine.size() == 0) {
            return DuplicateOrders.NONE;
        }
        IdHashSet found = new IdHashSet();
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DatasetInfo d : others) {
            boolean[] hit = {false};
            collectIds(d, ColumnRole.ORDER_ID, v -> {
                if (mine.contains(v)) {
                    hit[0] = true;
                    found.add(v);
                }
            });
            if (hit[0]) {
                ids.add(d.id());
                names.add(d.name());
            }
        }
        return new DuplicateOrders(found.size(), ids, names);
    }

    /** Streams the non-blank values of the column with {@code role} (stripped) to {@code sink}. */
    private void collectIds(DatasetInfo d, ColumnRole role, java.util.function.Consumer<String> sink) {
        Optional<DatasetColumn> id = d.column(role);
        if (id.isEmpty() || !TABLE.matcher(d.tableName()).matches()) {
            return;
        }
        try (Connection c = workspace.connect(); DatasetRows in = DatasetRows.open(c, d, List.of(id.get()))) {
            while (in.next()) {
                String v = in.text(0);
                if (v != null) {
                    v = v.strip();
                    if (!v.isEmpty()) {
                        sink.accept(v);
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Reading " + role + " values of dataset " + d.id() + " failed: " + e.getMessage(), e);
        }
    }

    public long definitionCount() {
        return scalar("SELECT COUNT(*) FROM definition");
    }

    public long runCount() {
        return scalar("SELECT COUNT(*) FROM run");
    }

    private long scalar(String sql) {
        try (Connection c = workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new WorkspaceException("Reading the workspace failed: " + e.getMessage(), e);
        }
    }

}
