package com.stratum.imports;

/** A row kept from the start of a sheet while the header and the column types are worked out. */
record BufferedRow(long rowNumber, Object[] cells) {

    static BufferedRow copyOf(SheetReader r) {
        int n = r.cellCount();
        Object[] c = new Object[n];
        for (int i = 0; i < n; i++) {
            c[i] = r.cell(i);
        }
        return new BufferedRow(r.rowNumber(), c);
    }

    Object cell(int i) {
        return i < cells.length ? cells[i] : null;
    }

    int nonEmpty() {
        int n = 0;
        for (Object o : cells) {
            if (o != null) {
                n++;
            }
        }
        return n;
    }

    int lastNonEmpty() {
        for (int i = cells.length - 1; i >= 0; i--) {
            if (cells[i] != null) {
                return i;
            }
        }
        return -1;
    }
}
