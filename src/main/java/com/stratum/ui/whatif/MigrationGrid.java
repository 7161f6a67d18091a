package com.stratum.ui.whatif;

import com.stratum.engine.Comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * The migration matrix as drawn: every baseline segment a row and every scenario segment a column,
 * stayers on the diagonal included, and the {@code (none)} row or column (customers on one side
 * only) only when somebody is in it. {@code counts[row][column]}; rows and columns are engine names.
 */
public record MigrationGrid(List<String> rows, List<String> columns, long[][] counts) {

    public static MigrationGrid of(Comparison cmp) {
        long[][] m = cmp.matrix();
        List<String> allRows = cmp.rowSegments();
        List<String> allCols = cmp.columnSegments();
        List<Integer> keepRows = new ArrayList<>();
        for (int r = 0; r < allRows.size(); r++) {
            if (!Comparison.NONE.equals(allRows.get(r)) || sum(m[r]) > 0) {
                keepRows.add(r);
            }
        }
        List<Integer> keepCols = new ArrayList<>();
        for (int c = 0; c < allCols.size(); c++) {
            long total = 0;
            for (long[] row : m) {
                total += row[c];
            }
            if (!Comparison.NONE.equals(allCols.get(c)) || total > 0) {
                keepCols.add(c);
            }
        }
        long[][] counts = new long[keepRows.size()][keepCols.size()];
        for (int i = 0; i < keepRows.size(); i++) {
            for (int j = 0; j < keepCols.size(); j++) {
                counts[i][j] = m[keepRows.get(i)][keepCols.get(j)];
            }
        }
        return new MigrationGrid(keepRows.stream().map(allRows::get).toList(),
                keepCols.stream().map(allCols::get).toList(), counts);
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }
}
