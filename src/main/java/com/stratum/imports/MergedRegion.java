package com.stratum.imports;

/**
 * A block of merged cells: rows are sheet row numbers (1-based, as Excel shows them), columns are
 * 0-based. Only the top-left cell holds the value; the others read as empty.
 */
record MergedRegion(long firstRow, long lastRow, int firstColumn, int lastColumn) {

    boolean coversRow(long row) {
        return row >= firstRow && row <= lastRow;
    }

    boolean coversColumn(int column) {
        return column >= firstColumn && column <= lastColumn;
    }

    boolean spansColumns() {
        return lastColumn > firstColumn;
    }

    /** Parses an A1 range such as {@code C1:D2} (or a single cell); null when it is not one. */
    static MergedRegion parse(String ref) {
        String[] parts = ref.trim().split(":");
        if (parts.length < 1 || parts.length > 2) {
            return null;
        }
        long[] a = cell(parts[0]);
        long[] b = parts.length == 2 ? cell(parts[1]) : a;
        if (a == null || b == null) {
            return null;
        }
        return new MergedRegion(Math.min(a[0], b[0]), Math.max(a[0], b[0]), (int) Math.min(a[1], b[1]),
                (int) Math.max(a[1], b[1]));
    }

    /** {row (1-based), column (0-based)} of a cell reference like {@code AB12}. */
    private static long[] cell(String s) {
        int i = 0;
        long col = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(s.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == s.length() || col > 16384) {
            return null;
        }
        long row;
        try {
            row = Long.parseLong(s.substring(i));
        } catch (NumberFormatException e) {
            return null;
        }
        return row < 1 ? null : new long[] {row, col - 1};
    }
}
