package com.stratum.ui.predictive;

import com.stratum.engine.predictive.ChartSeries;
import com.stratum.engine.predictive.ModelTimeUnit;
import com.stratum.ui.charts.JFreeStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.text.NumberFormat;

/**
 * P(alive) over calibration frequency (rows) x recency (columns: time of the last purchase after the
 * first, at the longest T in the data), each cell coloured from red (probably gone) to green (alive)
 * with its percentage written in it.
 */
final class PAliveHeatMap {

    static final int MAX_FREQUENCY = 10;
    static final int RECENCY_STEPS = 10;

    private PAliveHeatMap() {
    }

    static ChartViewer create(ChartSeries.PAliveGrid g, ModelTimeUnit unit, PredictiveTexts t) {
        int rows = g.frequency().length;
        int cols = g.recency().length;
        double[] xs = new double[rows * cols];
        double[] ys = new double[rows * cols];
        double[] zs = new double[rows * cols];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++, k++) {
                xs[k] = c;
                ys[k] = r;
                zs[k] = g.pAlive()[r][c];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("p_alive", new double[][] {xs, ys, zs});
        RedToGreen scale = new RedToGreen();
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        NumberFormat one = NumberFormat.getNumberInstance(t.locale());
        one.setMaximumFractionDigits(1);
        String[] recency = new String[cols];
        for (int c = 0; c < cols; c++) {
            recency[c] = one.format(g.recency()[c]);
        }
        String[] frequency = new String[rows];
        for (int r = 0; r < rows; r++) {
            frequency[r] = Integer.toString(g.frequency()[r]);
        }
        String unitName = unit == ModelTimeUnit.DAYS ? t.get("predictive.unit.days") : t.get("predictive.unit.weeks");
        SymbolAxis x = new SymbolAxis(t.get("predictive.chart.palive.x", unitName, one.format(g.age())), recency);
        x.setGridBandsVisible(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        SymbolAxis y = new SymbolAxis(t.get("predictive.chart.palive.y"), frequency);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        NumberFormat percent = NumberFormat.getPercentInstance(t.locale());
        for (int i = 0; i < zs.length; i++) {
            XYTextAnnotation a = new XYTextAnnotation(percent.format(zs[i]), xs[i], ys[i]);
            a.setFont(JFreeStyle.font(9));
            a.setPaint(RedToGreen.textOn(scale.getPaint(zs[i])));
            plot.addAnnotation(a);
        }
        JFreeChart chart = new JFreeChart(null, JFreeStyle.font(13), plot, false);
        NumberAxis legendAxis = new NumberAxis(t.get("predictive.chart.palive.scale"));
        legendAxis.setRange(0, 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(new RectangleInsets(8, 8, 8, 4));
        chart.addSubtitle(legend);
        JFreeStyle.apply(chart, false);
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.getStyleClass().add("heat-map");
        return viewer;
    }

    /** 0 = red, 0.5 = yellow, 1 = green. */
    static final class RedToGreen implements PaintScale, Serializable {

        private static final long serialVersionUID = 1L;
        private static final Color RED = new Color(0xD3, 0x2F, 0x2F);
        private static final Color YELLOW = new Color(0xFF, 0xEB, 0x3B);
        private static final Color GREEN = new Color(0x38, 0x8E, 0x3C);

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double v) {
            if (Double.isNaN(v)) {
                return new Color(0, 0, 0, 0);
            }
            double p = Math.max(0, Math.min(1, v));
            return p < 0.5 ? mix(RED, YELLOW, p * 2) : mix(YELLOW, GREEN, (p - 0.5) * 2);
        }

        private static Color mix(Color a, Color b, double f) {
            return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                    (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                    (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
        }

        static Color textOn(Paint p) {
            if (!(p instanceof Color c)) {
                return Color.BLACK;
            }
            double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
            return luminance > 140 ? Color.BLACK : Color.WHITE;
        }
    }
}
