package com.stratum.imports;

import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetKind;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The choices of an import (the wizard's fields, the CLI's options). Fluent and mutable. */
public final class ImportOptions {

    private String sheet;
    private DatasetKind kind;
    private final Map<String, String> roleOverrides = new LinkedHashMap<>();
    private final Set<String> withoutRole = new LinkedHashSet<>();
    private final Map<String, DataType> typeOverrides = new LinkedHashMap<>();
    private ImportMode mode = ImportMode.REPLACE;
    private String encoding;
    /**
     * Rows handed to the writer thread at a time. Small batches die young in the garbage collector
     * (8192-row batches doubled its pause time in the benchmark); commits are counted separately.
     */
    private int batchSize = 1024;

    public String sheet() {
        return sheet;
    }

    /** The sheet to import by name; null for the first sheet. */
    public ImportOptions sheet(String sheet) {
        this.sheet = sheet;
        return this;
    }

    public DatasetKind kind() {
        return kind;
    }

    /** Transactions or customers; null to infer it from the roles (date + amount or price: transactions). */
    public ImportOptions kind(DatasetKind kind) {
        this.kind = kind;
        return this;
    }

    /** role key ({@link com.stratum.workspace.ColumnRole#fromKey}) to header text. */
    public Map<String, String> roleOverrides() {
        return roleOverrides;
    }

    /** Maps {@code role} (a ColumnRole key) to the column with header {@code header}. */
    public ImportOptions map(String role, String header) {
        roleOverrides.put(role, header);
        return this;
    }

    /** Headers whose column the user left without a role, whatever the header suggests. */
    public Set<String> withoutRole() {
        return withoutRole;
    }

    /** Gives the column with header {@code header} no role (a role mapped to it with {@link #map} wins). */
    public ImportOptions noRole(String header) {
        withoutRole.add(header);
        return this;
    }

    /** header text to a type chosen by the user instead of the inferred one. */
    public Map<String, DataType> typeOverrides() {
        return typeOverrides;
    }

    public ImportOptions type(String header, DataType type) {
        typeOverrides.put(header, type);
        return this;
    }

    public ImportMode mode() {
        return mode;
    }

    public ImportOptions mode(ImportMode mode) {
        this.mode = mode;
        return this;
    }

    public String encoding() {
        return encoding;
    }

    /** CSV encoding name (UTF-8, GBK, GB18030, UTF-16...); null to detect. */
    public ImportOptions encoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public int batchSize() {
        return batchSize;
    }

    public ImportOptions batchSize(int batchSize) {
        this.batchSize = Math.max(1, batchSize);
        return this;
    }
}
