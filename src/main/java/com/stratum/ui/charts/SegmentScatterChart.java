package com.stratum.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.Color;
import java.awt.geom.Ellipse2D;

/**
 * Scatter of two features, one series per segment in its colour (JFreeChart). Draws at most
 * {@code maxPoints} points, sampled, so a million customers stay fluid.
 */
public final class SegmentScatterChart {

    public static final int DEFAULT_MAX_POINTS = 4000;

    private SegmentScatterChart() {
    }

    public static ChartViewer create(ScatterData data, ChartText text, int maxPoints) {
        ScatterData shown = data.size() > maxPoints ? data.sample(maxPoints, 42L) : data;
        int groups = data.segments().length;
        int[] counts = new int[groups];
        for (int g : shown.group()) {
            counts[g]++;
        }
        double[][][] series = new double[groups][][];
        for (int g = 0; g < groups; g++) {
            series[g] = new double[2][counts[g]];
        }
        int[] fill = new int[groups];
        for (int i = 0; i < shown.size(); i++) {
            int g = shown.group()[i];
            series[g][0][fill[g]] = shown.x()[i];
            series[g][1][fill[g]++] = shown.y()[i];
        }
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int s = 0;
        for (int g = 0; g < groups; g++) {
            if (counts[g] == 0) {
                continue;
            }
            dataset.addSeries(data.segments()[g], series[g]);
            Color c = Palette.awt(data.colours(), g);
            renderer.setSeriesPaint(s, new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            s++;
        }
        NumberAxis x = new NumberAxis(text.xAxis());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(text.yAxis());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeStyle.font(13), plot, true);
        JFreeStyle.apply(chart, false);
        return new ChartViewer(chart, false);
    }
}
