package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;
import com.stratum.workspace.DatasetKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start of a sheet read ahead to find the header row, the columns, their types and roles
 * and the dataset kind. The data rows read for the sample are kept and imported first.
 */
final class SheetAnalysis {

    /** Data rows read to infer the types; the rest of the column is checked as it is imported. */
    static final int SAMPLE_ROWS = 1000;

    final String fileName;
    final String sheet;
    final long headerRowNumber;
    final int sourceWidth;
    final List<ColumnPlan> columns;
    final DatasetKind kind;
    final List<BufferedRow> sampleRows;
    final boolean exhausted;

    private SheetAnalysis(String fileName, String sheet, long headerRowNumber, int sourceWidth,
                          List<ColumnPlan> columns, DatasetKind kind, List<BufferedRow> sampleRows, boolean exhausted) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.headerRowNumber = headerRowNumber;
        this.sourceWidth = sourceWidth;
        this.columns = columns;
        this.kind = kind;
        this.sampleRows = sampleRows;
        this.exhausted = exhausted;
    }

    /** "file, sheet S" for messages; CSV files have no sheet worth naming. */
    Object where() {
        return Message.where(fileName, sheet);
    }

    static SheetAnalysis analyze(SheetReader reader, String fileName, String sheet, ImportOptions options)
            throws IOException {
        List<BufferedRow> rows = new ArrayList<>();
        boolean exhausted = true;
        int headerSearch = HeaderDetector.SEARCH_ROWS;
        while (reader.next()) {
            BufferedRow r = BufferedRow.copyOf(reader);
            if (r.nonEmpty() == 0) {
                continue;
            }
            rows.add(r);
            if (rows.size() >= headerSearch + SAMPLE_ROWS) {
                exhausted = false;
                break;
            }
        }
        Object where = Message.where(fileName, sheet);
        if (rows.isEmpty()) {
            throw ImportException.of("import.sheet.empty", where);
        }
        int headerIndex = HeaderDetector.find(rows);
        long headerRowNumber = headerIndex < 0 ? 0 : rows.get(headerIndex).rowNumber();
        int width = 0;
        if (headerIndex >= 0) {
            width = rows.get(headerIndex).lastNonEmpty() + 1;
        }
        for (BufferedRow r : rows.subList(headerIndex + 1, rows.size())) {
            width = Math.max(width, r.lastNonEmpty() + 1);
        }
        List<String> raw = new ArrayList<>(width);
        int dataStart = headerIndex + 1;
        if (headerIndex >= 0 && MergedHeaders.worthLooking(rows, headerIndex, width)) {
            // merged header cells: only now, since finding them may mean reading the sheet again
            MergedHeaders.Result m = MergedHeaders.apply(rows, headerIndex, width,
                    reader.mergedRegions(headerRowNumber + 1));
            raw.addAll(m.labels());
            dataStart += m.extraHeaderRows();
            headerRowNumber = rows.get(dataStart - 1).rowNumber();
        } else {
            for (int i = 0; i < width; i++) {
                Object h = headerIndex >= 0 ? rows.get(headerIndex).cell(i) : null;
                raw.add(h == null ? null : CellConverter.toText(h));
            }
        }
        List<BufferedRow> data = new ArrayList<>(rows.subList(dataStart, rows.size()));
        if (data.isEmpty()) {
            throw ImportException.of("import.sheet.noData", where, headerRowNumber);
        }
        List<String> headers = HeaderNames.clean(raw);
        List<ColumnRole> roles = RoleMapper.map(headers, options.roleOverrides(), options.withoutRole(), where);

        List<ColumnPlan> columns = new ArrayList<>(width + 1);
        for (int i = 0; i < width; i++) {
            // the number style first, from the whole sample, so every cell is read the same way
            NumberStyleVote vote = new NumberStyleVote();
            for (BufferedRow r : data) {
                vote.add(r.cell(i));
            }
            ColumnProfile p = new ColumnProfile(vote.style());
            for (BufferedRow r : data) {
                p.add(r.cell(i));
            }
            ColumnType type = p.decide(roles.get(i));
            DataType forced = options.typeOverrides().get(headers.get(i));
            if (forced != null) {
                type = new ColumnType(forced, type.dateOrder(), type.serialDates(), vote.style());
            }
            columns.add(new ColumnPlan(i, headers.get(i), "C" + (i + 1), type, roles.get(i)));
        }

        DatasetKind kind = options.kind() != null ? options.kind() : inferKind(roles);
        if (kind == DatasetKind.TRANSACTIONS && !roles.contains(ColumnRole.AMOUNT)
                && roles.contains(ColumnRole.QUANTITY) && roles.contains(ColumnRole.UNIT_PRICE)) {
            List<String> names = new ArrayList<>(headers);
            names.add(ColumnPlan.DERIVED_AMOUNT_HEADER);
            String header = HeaderNames.clean(names).get(width);
            columns.add(new ColumnPlan(-1, header, "C" + (width + 1), ColumnType.of(DataType.DECIMAL),
                    ColumnRole.AMOUNT));
        }
        return new SheetAnalysis(fileName, sheet, headerRowNumber, width, columns, kind, data, exhausted);
    }

    /** A date with an amount or a price means transaction lines; otherwise customer attributes. */
    static DatasetKind inferKind(List<ColumnRole> roles) {
        if (roles.contains(ColumnRole.DATE) && (roles.contains(ColumnRole.AMOUNT) || roles.contains(ColumnRole.UNIT_PRICE))) {
            return DatasetKind.TRANSACTIONS;
        }
        if (roles.contains(ColumnRole.CUSTOMER_ID)) {
            return DatasetKind.CUSTOMERS;
        }
        return null;
    }

    int indexOf(ColumnRole role) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    /** Problems that stop the import: no kind, or a role the kind needs is missing. Empty when fine. */
    List<Message> problems() {
        List<Message> out = new ArrayList<>();
        String headers = String.join(", ", columns.stream().filter(c -> !c.derived()).map(ColumnPlan::header).toList());
        if (kind == null) {
            out.add(Message.of("import.kind.unknown", where(), headers));
            return out;
        }
        if (indexOf(ColumnRole.CUSTOMER_ID) < 0) {
            out.add(Message.of("import.role.missingCustomer", where(), headers));
        }
        if (kind == DatasetKind.TRANSACTIONS) {
            if (indexOf(ColumnRole.DATE) < 0) {
                out.add(Message.of("import.role.missingDate", where(), headers));
            }
            if (indexOf(ColumnRole.AMOUNT) < 0) {
                out.add(Message.of("import.role.missingAmount", where(), headers));
            }
            for (ColumnRole r : List.of(ColumnRole.AMOUNT, ColumnRole.QUANTITY, ColumnRole.UNIT_PRICE)) {
                int i = indexOf(r);
                if (i >= 0 && !columns.get(i).derived()) {
                    DataType t = columns.get(i).dataType();
                    if (t != DataType.DECIMAL && t != DataType.INTEGER) {
                        out.add(Message.of("import.role.notNumbers",
                                Message.whereColumn(where(), columns.get(i).header()), r.key()));
                    }
                }
            }
            int d = indexOf(ColumnRole.DATE);
            if (d >= 0) {
                DataType t = columns.get(d).dataType();
                if (t != DataType.DATE && t != DataType.TIMESTAMP) {
                    out.add(Message.of("import.role.notDates", Message.whereColumn(where(), columns.get(d).header())));
                }
            }
        }
        return out;
    }

    /** Throws the first problem (the most basic one: kind, then customer id, date, amount). */
    void requireValid() {
        List<Message> p = problems();
        if (!p.isEmpty()) {
            throw new ImportException(p.get(0));
        }
    }

}
