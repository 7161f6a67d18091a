package com.stratum.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row per customer, columnar and in memory: the input of every segmentation. Immutable;
 * {@link #with(Column)} returns a new frame sharing the existing arrays (predictive scores are
 * added that way).
 */
public final class CustomerFrame {

    private final String[] customerIds;
    private final LocalDate asOf;
    private final Map<String, Column> columns;

    public CustomerFrame(String[] customerIds, LocalDate asOf, List<Column> columns) {
        this.customerIds = customerIds;
        this.asOf = asOf;
        Map<String, Column> m = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.size() != customerIds.length) {
                throw new IllegalArgumentException("Column " + c.name() + " has " + c.size()
                        + " rows, the frame has " + customerIds.length);
            }
            if (m.put(c.name(), c) != null) {
                throw new IllegalArgumentException("Duplicate column " + c.name());
            }
        }
        this.columns = Collections.unmodifiableMap(m);
    }

    public int size() {
        return customerIds.length;
    }

    public String customerId(int row) {
        return customerIds[row];
    }

    /** The analysis ("as of") date the features were computed for. */
    public LocalDate asOf() {
        return asOf;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public Optional<Column> find(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    public Column column(String name) {
        Column c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("No feature named " + name);
        }
        return c;
    }

    public CustomerFrame with(Column column) {
        List<Column> list = new ArrayList<>(columns.values());
        list.removeIf(c -> c.name().equals(column.name()));
        list.add(column);
        return new CustomerFrame(customerIds, asOf, list);
    }
}
