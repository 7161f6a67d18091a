package com.stratum.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Header labels from merged cells. A merged header cell holds its text in the first column only,
 * which would leave the other columns as "Column N"; here they take the merged label instead:
 * <ul>
 * <li>one header row with "Amount" merged over two columns: "Amount", "Amount" (made
 * "Amount (2)" by {@link HeaderNames});</li>
 * <li>a group label merged above sub-labels ("Amount" over "Gross" and "Net"): "Amount / Gross",
 * "Amount / Net", whether the group row or the sub-label row was found as the header row; in the
 * first case the sub-label row is a header row too, not data.</li>
 * </ul>
 * A title merged across the whole width above the header is a title, not a group label.
 */
final class MergedHeaders {

    /** The labels per column (null where none) and how many rows below the header belong to it. */
    record Result(List<String> labels, int extraHeaderRows) {
    }

    private MergedHeaders() {
    }

    /** Whether merged cells may matter: the header has gaps, or a row directly above it has. */
    static boolean worthLooking(List<BufferedRow> rows, int headerIndex, int width) {
        BufferedRow header = rows.get(headerIndex);
        for (int i = 0; i < width; i++) {
            if (header.cell(i) == null) {
                return true;
            }
        }
        return headerIndex > 0 && rows.get(headerIndex - 1).rowNumber() == header.rowNumber() - 1;
    }

    static Result apply(List<BufferedRow> rows, int headerIndex, int width, List<MergedRegion> merges) {
        BufferedRow header = rows.get(headerIndex);
        long hr = header.rowNumber();
        List<String> labels = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            labels.add(text(header.cell(i)));
        }
        // merged across columns within the header row (or down into it from the row above)
        List<MergedRegion> inHeader = new ArrayList<>();
        for (MergedRegion m : merges) {
            if (m.coversRow(hr) && m.spansColumns()) {
                inHeader.add(m);
                String label = text(cellAt(rows, m.firstRow(), m.firstColumn()));
                for (int c = m.firstColumn(); c <= Math.min(m.lastColumn(), width - 1); c++) {
                    if (labels.get(c) == null) {
                        labels.set(c, label);
                    }
                }
            }
        }
        // group labels merged over part of the row directly above the header
        for (MergedRegion m : merges) {
            if (m.lastRow() == hr - 1 && m.spansColumns() && !(m.firstColumn() == 0 && m.lastColumn() >= width - 1)) {
                String group = text(cellAt(rows, m.firstRow(), m.firstColumn()));
                if (group == null) {
                    continue;
                }
                for (int c = m.firstColumn(); c <= Math.min(m.lastColumn(), width - 1); c++) {
                    labels.set(c, labels.get(c) == null ? group : group + " / " + labels.get(c));
                }
            }
        }
        // sub-labels in the row below a header row whose group labels are merged across columns
        int extra = 0;
        if (!inHeader.isEmpty() && headerIndex + 1 < rows.size()) {
            BufferedRow sub = rows.get(headerIndex + 1);
            boolean below = sub.rowNumber() == hr + 1 && HeaderDetector.isLabelRow(sub);
            boolean underGroup = false;
            for (MergedRegion m : inHeader) {
                if (m.lastRow() == hr) {
                    for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                        underGroup |= sub.cell(c) != null;
                    }
                }
            }
            if (below && underGroup) {
                extra = 1;
                for (int c = 0; c < width; c++) {
                    String s = text(sub.cell(c));
                    if (s == null) {
                        continue;
                    }
                    String top = labels.get(c);
                    labels.set(c, top == null ? s : inGroup(inHeader, hr, c) ? top + " / " + s : top);
                }
            }
        }
        return new Result(labels, extra);
    }

    private static boolean inGroup(List<MergedRegion> inHeader, long hr, int column) {
        for (MergedRegion m : inHeader) {
            if (m.lastRow() == hr && m.coversColumn(column)) {
                return true;
            }
        }
        return false;
    }

    private static Object cellAt(List<BufferedRow> rows, long rowNumber, int column) {
        for (BufferedRow r : rows) {
            if (r.rowNumber() == rowNumber) {
                return r.cell(column);
            }
        }
        return null;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return null;
        }
        String s = CellConverter.toText(cell).strip();
        return s.isEmpty() ? null : s;
    }
}
