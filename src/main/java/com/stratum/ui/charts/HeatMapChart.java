package com.stratum.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
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
        SymbolAxis x = new SymbolAxis(text.xAxis(), data.columnLabels());
        x.setGridBandsVisible(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        SymbolAxis y = new SymbolAxis(text.yAxis(), data.rowLabels());
        y.setGridBandsVisible(false);
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
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.getStyleClass().add("heat-map");
        if (onClick != null) {
            viewer.addChartMouseListener(new ChartMouseListenerFX() {
                @Override
                public void chartMouseClicked(ChartMouseEventFX event) {
                    if (event.getEntity() instanceof XYItemEntity item) {
                        int i = item.getItem();
                        onClick.cellClicked((int) ys[i], (int) xs[i]);
                    }
                }

                @Override
                public void chartMouseMoved(ChartMouseEventFX event) {
                }
            });
        }
        return viewer;
    }

    private static String tooltip(HeatMapData data, int r, int c, Locale locale) {
        String v = Double.isNaN(data.shade()[r][c]) ? "" : " | " + data.shadeLabel() + ": "
                + NumberFormat.getNumberInstance(locale).format(data.shade()[r][c]);
        return data.rowLabels()[r] + " / " + data.columnLabels()[c] + ": "
                + NumberFormat.getIntegerInstance(locale).format(data.counts()[r][c]) + v;
    }
}
