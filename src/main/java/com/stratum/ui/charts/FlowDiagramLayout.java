package com.stratum.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a two-column flow (Sankey) diagram, without any drawing: a left column of
 * "from" nodes (matrix rows), a right column of "to" nodes (matrix columns) and one band per
 * non-zero cell. Heights are customers times one scale shared by both columns, so a node's height
 * is proportional to its customers and a band is equally thick at both ends; the bands leaving a
 * node stack to exactly its height (ordered by target), the bands arriving likewise (ordered by
 * source), which keeps crossings few. Empty rows and columns get no node.
 */
public final class FlowDiagramLayout {

    /** A column entry: the matrix row or column it stands for, its customers, its top and height. */
    public record Node(int index, long count, double y, double height) {
    }

    /** One matrix cell as a band from (row, y0) on the left to (column, y1) on the right, {@code thickness} high. */
    public record Band(int from, int to, long count, double y0, double y1, double thickness) {
    }

    private final List<Node> left;
    private final List<Node> right;
    private final List<Band> bands;
    private final double scale;

    private FlowDiagramLayout(List<Node> left, List<Node> right, List<Band> bands, double scale) {
        this.left = left;
        this.right = right;
        this.bands = bands;
        this.scale = scale;
    }

    /**
     * @param matrix {@code matrix[row][column]} customers moving from row to column (non-negative)
     * @param height the drawing height available to a column, gaps included
     * @param gap    the vertical space between two nodes of a column
     */
    public static FlowDiagramLayout of(long[][] matrix, double height, double gap) {
        int rows = matrix.length;
        int cols = rows == 0 ? 0 : matrix[0].length;
        long[] rowTotal = new long[rows];
        long[] colTotal = new long[cols];
        long total = 0;
        for (int r = 0; r < rows; r++) {
            if (matrix[r].length != cols) {
                throw new IllegalArgumentException("the matrix rows must have the same length");
            }
            for (int c = 0; c < cols; c++) {
                if (matrix[r][c] < 0) {
                    throw new IllegalArgumentException("negative count at " + r + "," + c);
                }
                rowTotal[r] += matrix[r][c];
                colTotal[c] += matrix[r][c];
                total += matrix[r][c];
            }
        }
        int leftNodes = nonZero(rowTotal);
        int rightNodes = nonZero(colTotal);
        // one scale for both columns: the column with more gaps decides
        double usable = height - gap * Math.max(0, Math.max(leftNodes, rightNodes) - 1);
        double scale = total == 0 || usable <= 0 ? 0 : usable / total;

        List<Node> left = stack(rowTotal, scale, gap);
        List<Node> right = stack(colTotal, scale, gap);
        double[] leftTop = tops(left, rows);
        double[] rightTop = tops(right, cols);
        double[] leftUsed = new double[rows];
        double[] rightUsed = new double[cols];
        // bands leave a source in target order; arrive at a target in source order (rows visited in order)
        double[][] arriveAt = new double[rows][cols];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                if (matrix[r][c] > 0) {
                    arriveAt[r][c] = rightTop[c] + rightUsed[c];
                    rightUsed[c] += matrix[r][c] * scale;
                }
            }
        }
        List<Band> bands = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (matrix[r][c] > 0) {
                    double t = matrix[r][c] * scale;
                    bands.add(new Band(r, c, matrix[r][c], leftTop[r] + leftUsed[r], arriveAt[r][c], t));
                    leftUsed[r] += t;
                }
            }
        }
        return new FlowDiagramLayout(List.copyOf(left), List.copyOf(right), List.copyOf(bands), scale);
    }

    private static int nonZero(long[] totals) {
        int n = 0;
        for (long t : totals) {
            n += t > 0 ? 1 : 0;
        }
        return n;
    }

    private static List<Node> stack(long[] totals, double scale, double gap) {
        List<Node> out = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < totals.length; i++) {
            if (totals[i] > 0) {
                double h = totals[i] * scale;
                out.add(new Node(i, totals[i], y, h));
                y += h + gap;
            }
        }
        return out;
    }

    private static double[] tops(List<Node> nodes, int size) {
        double[] out = new double[size];
        for (Node n : nodes) {
            out[n.index()] = n.y();
        }
        return out;
    }

    /** The "from" column, top to bottom, only rows with customers. */
    public List<Node> left() {
        return left;
    }

    /** The "to" column, top to bottom, only columns with customers. */
    public List<Node> right() {
        return right;
    }

    public List<Band> bands() {
        return bands;
    }

    /** Drawing units per customer. */
    public double scale() {
        return scale;
    }
}
