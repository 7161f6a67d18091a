package com.stratum.ui.results;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.CustomerFrame;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;

import java.time.LocalDate;
import java.util.List;

/**
 * A six-customer run written by hand (what the engine would hand to the view):
 * <pre>
 * id  recency freq monetary  r f  city      segment
 * c1     5     10   500.00   5 5  Shanghai  0 Champions
 * c2    20      4   120.50   4 3  Beijing   0 Champions
 * c3    40      2    80.00   3 2  Shanghai  1 Regulars
 * c4    90      1    30.25   2 1  (empty)   1 Regulars
 * c5   200      1   -10.00   1 1  Beijing   2 Everyone else
 * c6     -      0       -    - -  Chengdu   2 Everyone else
 * </pre>
 */
final class HandResult implements SegmentResult {

    static final String[] IDS = {"c1", "c2", "c3", "c4", "c5", "c6"};
    private static final double NaN = Double.NaN;

    private final CustomerFrame frame;

    HandResult() {
        java.util.BitSet missing = new java.util.BitSet();
        missing.set(5);
        frame = new CustomerFrame(IDS, LocalDate.of(2024, 1, 1), List.of(
                new NumericColumn("recency_days", new double[] {5, 20, 40, 90, 200, NaN}),
                new NumericColumn("frequency", new double[] {10, 4, 2, 1, 1, 0}),
                new MoneyColumn("monetary", new long[] {50000, 12050, 8000, 3025, -1000, 0}, missing),
                new NumericColumn("r_score", new double[] {5, 4, 3, 2, 1, NaN}),
                new NumericColumn("f_score", new double[] {5, 3, 2, 1, 1, NaN}),
                new CategoricalColumn("city", new int[] {0, 1, 0, -1, 1, 2}, List.of("Shanghai", "Beijing", "Chengdu"))));
    }

    @Override
    public String definitionName() {
        return "Hand";
    }

    @Override
    public LocalDate asOf() {
        return frame.asOf();
    }

    @Override
    public CustomerFrame frame() {
        return frame;
    }

    @Override
    public List<SegmentRow> segmentRows() {
        // revenue: champions 500.00 + 120.50; regulars 80.00 + 30.25; others -10.00; total 720.75
        return List.of(new SegmentRow(0, "Champions", "#1E88E5", "Reward", 2, 2 / 6.0, 62050, 62050 / 72075.0),
                new SegmentRow(1, "Regulars", "#43A047", "Grow", 2, 2 / 6.0, 11025, 11025 / 72075.0),
                new SegmentRow(2, "Everyone else", "#9E9E9E", "Keep", 2, 2 / 6.0, -1000, -1000 / 72075.0));
    }

    @Override
    public int[] segmentOfRow() {
        return new int[] {0, 0, 1, 1, 2, 2};
    }

    @Override
    public List<String> tierNames() {
        return List.of();
    }

    @Override
    public int[] tierOfRow() {
        return new int[] {-1, -1, -1, -1, -1, -1};
    }

    @Override
    public SegmentMeans means() {
        // recency: (5+20)/2, (40+90)/2, 200; frequency: 7, 1.5, 0.5; monetary: 310.25, 55.125, -10
        return new SegmentMeans(List.of("recency_days", "frequency", "monetary"),
                new double[][] {{12.5, 7, 310.25}, {65, 1.5, 55.125}, {200, 0.5, -10}},
                new double[] {71, 3, 144.15});
    }
}
