package com.stratum.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Color;
import java.awt.Font;

/**
 * Makes JFreeChart charts sit in the window's theme: transparent background (the card shows
 * through), texts and grid lines in a light or dark ink, the system's UI font.
 */
public final class JFreeStyle {

    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private static final Color INK_LIGHT = new Color(0x24, 0x29, 0x2F);
    private static final Color INK_DARK = new Color(0xC9, 0xD1, 0xD9);
    private static final Color GRID_LIGHT = new Color(0xD0, 0xD7, 0xDE);
    private static final Color GRID_DARK = new Color(0x30, 0x36, 0x3D);

    private JFreeStyle() {
    }

    public static Font font(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    public static Color ink(boolean dark) {
        return dark ? INK_DARK : INK_LIGHT;
    }

    public static void apply(JFreeChart chart, boolean dark) {
        Color ink = ink(dark);
        Color grid = dark ? GRID_DARK : GRID_LIGHT;
        chart.setBackgroundPaint(CLEAR);
        chart.setBorderVisible(false);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(ink);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setBackgroundPaint(CLEAR);
                legend.setItemPaint(ink);
                legend.setItemFont(font(12));
            } else if (t instanceof PaintScaleLegend scale) {
                scale.setBackgroundPaint(CLEAR);
                axis(scale.getAxis(), ink);
            } else if (t instanceof TextTitle text) {
                text.setPaint(ink);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(CLEAR);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), ink);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), ink);
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(grid);
            axis(cat.getDomainAxis(), ink);
            axis(cat.getRangeAxis(), ink);
        }
        chart.fireChartChanged();
    }

    private static void axis(Axis axis, Color ink) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(ink);
        axis.setTickLabelPaint(ink);
        axis.setAxisLinePaint(ink);
        axis.setTickMarkPaint(ink);
        axis.setLabelFont(font(12));
        axis.setTickLabelFont(font(11));
    }
}
