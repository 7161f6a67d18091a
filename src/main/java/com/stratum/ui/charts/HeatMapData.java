package com.stratum.ui.charts;

import java.util.Objects;

/**
 * A grid of cells, each with a count written in it and a shade value that sets its colour (e.g.
 * RFM: recency score x frequency score, count of customers, shaded by average monetary; migration:
 * baseline x scenario segment, count, shaded by the share of the row). A NaN shade leaves the cell
 * blank. {@code counts[row][column]}.
 */
public record HeatMapData(String[] rowLabels, String[] columnLabels, long[][] counts, double[][] shade,
                          String shadeLabel) {

    public HeatMapData {
        Objects.requireNonNull(rowLabels);
        Objects.requireNonNull(columnLabels);
        Objects.requireNonNull(counts);
        if (counts.length != rowLabels.length) {
            throw new IllegalArgumentException("one count row per row label");
        }
        for (long[] r : counts) {
            if (r.length != columnLabels.length) {
                throw new IllegalArgumentException("one count per column label");
            }
        }
        if (shade == null) {
            shade = new double[counts.length][columnLabels.length];
            for (int r = 0; r < counts.length; r++) {
                for (int c = 0; c < columnLabels.length; c++) {
                    shade[r][c] = counts[r][c];
                }
            }
        }
        shadeLabel = shadeLabel == null ? "" : shadeLabel;
    }

    /** Shaded by each cell's share of its row (0..1), the reading of a migration matrix. */
    public static HeatMapData rowShares(String[] rowLabels, String[] columnLabels, long[][] counts, String shadeLabel) {
        double[][] shade = new double[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            long total = 0;
            for (long v : counts[r]) {
                total += v;
            }
            shade[r] = new double[counts[r].length];
            for (int c = 0; c < counts[r].length; c++) {
                shade[r][c] = total == 0 ? Double.NaN : (double) counts[r][c] / total;
            }
        }
        return new HeatMapData(rowLabels, columnLabels, counts, shade, shadeLabel);
    }

    public int rows() {
        return rowLabels.length;
    }

    public int columns() {
        return columnLabels.length;
    }
}
