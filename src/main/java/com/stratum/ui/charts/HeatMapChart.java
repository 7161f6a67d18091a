package com.stratum.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A heat map of counts (JFreeChart's XYBlockRenderer with a paint scale): one block per cell,
 * coloured by its shade, its count written in it. Clicking a cell reports (row, column).
 */
public final class HeatMapChart {

    /** Receives the row and column of a clicked cell. */
    @FunctionalInterface
    public interface CellListener {
        void cellClicked(int row, int column);
    }

    private static final Color LOW = new Color(0xE3, 0xF2, 0xFD);
    private static final Color HIGH = new Color(0x0D, 0x47, 0xA1);

    private HeatMapChart() {
    }

    /**
     * @param rowsTopDown true draws row 0 at the top (a matrix); false at the bottom (a score grid)
     */
    public static ChartViewer create(HeatMapData data, ChartText text, boolean rowsTopDown, Locale locale,
                                     CellListener onClick) {
        JFreeChart chart = chart(data, text, rowsTopDown, locale);
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.getStyleClass().add("heat-map");
        // a grid of categories has nothing to zoom into: wheel and drag would crop it (and steal the page scroll)
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        for (String id : new String[] {"scroll", "zoom", "pan"}) {
            var h = viewer.getCanvas().getMouseHandler(id);
            if (h != null) {
                viewer.getCanvas().removeMouseHandler(h);
                viewer.getCanvas().removeAuxiliaryMouseHandler(h);
            }
        }
        if (onClick != null) {
            XYPlot plot = chart.getXYPlot();
            viewer.addChartMouseListener(new ChartMouseListenerFX() {
                @Override
                public void chartMouseClicked(ChartMouseEventFX event) {
                    if (event.getEntity() instanceof XYItemEntity item) {
                        var ds = plot.getDataset();
                        int i = item.getItem();
                        onClick.cellClicked((int) ds.getYValue(0, i), (int) ds.getXValue(0, i));
                    }
                }

                @Override
                public void chartMouseMoved(ChartMouseEventFX event) {
                }
            });
        }
        return viewer;
    }

    /**
     * The chart itself: both axes span exactly the categories ([-0.5, n - 0.5], one tick per
     * category) so every row and column shows whatever the size; long column labels are shortened
     * (full names in the cell tooltips) and turned upright when they would not fit side by side.
     */
    public static JFreeChart chart(HeatMapData data, ChartText text, boolean rowsTopDown, Locale locale) {
        int rows = data.rows();
        int cols = data.columns();
        double[] xs = new double[rows * cols];
        double[] ys = new double[rows * cols];
        double[] zs = new double[rows * cols];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                xs[k] = c;
                ys[k] = r;
                double z = data.counts()[r][c] == 0 ? Double.NaN : data.shade()[r][c];
                zs[k++] = z;
                if (!Double.isNaN(z)) {
                    lo = Math.min(lo, z);
                    hi = Math.max(hi, z);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (lo > 0) {
            lo = 0; // counts, shares and averages read best on a scale from zero
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("cells", new double[][] {xs, ys, zs});
        GradientScale scale = new GradientScale(lo, hi, LOW, HIGH);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator((ds, series, item) -> tooltip(data, (int) ys[item], (int) xs[item], locale));
        boolean upright = uprightColumns(data.columnLabels());
        String[] columns = new String[cols];
        for (int c = 0; c < cols; c++) {
            columns[c] = abbreviate(data.columnLabels()[c], upright ? 16 : 24);
        }
        String[] rowNames = new String[rows];
        for (int r = 0; r < rows; r++) {
            rowNames[r] = abbreviate(data.rowLabels()[r], 22);
        }
        SymbolAxis x = categoryAxis(text.xAxis(), columns);
        x.setVerticalTickLabels(upright);
        SymbolAxis y = categoryAxis(text.yAxis(), rowNames);
        y.setInverted(rowsTopDown);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++, k++) {
                XYTextAnnotation a = new XYTextAnnotation(counts.format(data.counts()[r][c]), c, r);
                a.setFont(JFreeStyle.font(cols > 8 ? 10 : 12));
                a.setPaint(scale.textOn(zs[k]));
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = new JFreeChart(null, JFreeStyle.font(13), plot, false);
        NumberAxis scaleAxis = new NumberAxis(data.shadeLabel());
        scaleAxis.setRange(lo, hi > lo ? hi : lo + 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(new RectangleInsets(8, 8, 8, 4));
        chart.addSubtitle(legend);
        JFreeStyle.apply(chart, false);
        return chart;
    }

    /** {@code s} cut to {@code max} characters with an ellipsis. */
    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)).strip() + "…";
    }

    /** True when the column labels would not fit side by side in a typical chart width. */
    static boolean uprightColumns(String[] labels) {
        int widest = 0;
        for (String l : labels) {
            widest = Math.max(widest, displayWidth(l));
        }
        // about 7 px per Latin character, 13 per CJK; a chart card is at least ~600 px wide
        return labels.length > 0 && (long) widest * 7 * labels.length > 560;
    }

    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private static SymbolAxis categoryAxis(String label, String[] symbols) {
        SymbolAxis a = new SymbolAxis(label, symbols);
        a.setGridBandsVisible(false);
        a.setAutoRange(false);
        a.setRange(-0.5, Math.max(0.5, symbols.length - 0.5));
        a.setAutoTickUnitSelection(false);
        a.setTickUnit(new NumberTickUnit(1));
        return a;
    }

    private static String tooltip(HeatMapData data, int r, int c, Locale locale) {
        String v = Double.isNaN(data.shade()[r][c]) ? "" : " | " + data.shadeLabel() + ": "
                + NumberFormat.getNumberInstance(locale).format(data.shade()[r][c]);
        return data.rowLabels()[r] + " / " + data.columnLabels()[c] + ": "
                + NumberFormat.getIntegerInstance(locale).format(data.counts()[r][c]) + v;
    }
}
