package com.stratum.exports;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The summary sheet's pictures when the caller brings none (the CLI): segment sizes as a bar chart
 * and shares as a donut, drawn with JFreeChart's core (plain AWT, works headless) in the segments'
 * own colours. The window passes the pictures of its own charts instead.
 */
public final class SummaryCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private SummaryCharts() {
    }

    /** The chart texts in the reader's language. */
    public record Titles(String sizes, String shares, String customers) {
        public static final Titles ENGLISH = new Titles("Segment sizes", "Share of customers", "Customers");
    }

    /** Bar chart of customers per segment, then the donut of shares: two PNG pictures. */
    public static List<byte[]> render(List<String> names, List<String> colours, long[] counts, Titles titles) {
        return List.of(png(bars(names, colours, counts, titles)), png(donut(names, colours, counts, titles)));
    }

    static JFreeChart bars(List<String> names, List<String> colours, long[] counts, Titles titles) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < names.size(); i++) {
            data.addValue(counts[i], titles.customers(), names.get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart(titles.sizes(), null, titles.customers(), data,
                PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colour(colours, column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getDomainAxis().setTickLabelFont(TEXT);
        plot.getRangeAxis().setTickLabelFont(TEXT);
        plot.getRangeAxis().setLabelFont(TEXT);
        style(chart);
        return chart;
    }

    static JFreeChart donut(List<String> names, List<String> colours, long[] counts, Titles titles) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (int i = 0; i < names.size(); i++) {
            if (counts[i] > 0) {
                data.setValue(names.get(i), counts[i]);
            }
        }
        JFreeChart chart = ChartFactory.createRingChart(titles.shares(), data, true, false, false);
        @SuppressWarnings("unchecked")
        RingPlot plot = (RingPlot) chart.getPlot();
        for (int i = 0; i < names.size(); i++) {
            if (counts[i] > 0) {
                plot.setSectionPaint(names.get(i), colour(colours, i));
            }
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setSectionDepth(0.4);
        plot.setLabelGenerator(null);
        plot.setSeparatorsVisible(false);
        chart.getLegend().setItemFont(TEXT);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
        }
    }

    private static final Color[] FALLBACK = {new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759),
            new Color(0x76B7B2), new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1),
            new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC)};

    /** The segment's own colour ("#RRGGBB"), or a fixed palette colour when it has none. */
    static Color colour(List<String> colours, int i) {
        String c = i < colours.size() ? colours.get(i) : null;
        if (c != null && c.matches("#[0-9A-Fa-f]{6}")) {
            return Color.decode(c);
        }
        return FALLBACK[i % FALLBACK.length];
    }

    private static byte[] png(JFreeChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
