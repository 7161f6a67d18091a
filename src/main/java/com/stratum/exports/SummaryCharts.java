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
 * own colours, in a font that has the labels' characters (Chinese names included). The window uses
 * them too (it passes no pictures of its own).
 */
public final class SummaryCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    /**
     * Fonts tried for texts the logical SansSerif font cannot show (Chinese segment names on a machine
     * whose SansSerif maps to a Latin-only font would come out as boxes), in order of preference.
     */
    static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei",
            "PingFang SC", "Noto Sans SC", "Source Han Sans SC", "SimHei", "Droid Sans Fallback");

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

    /**
     * The font family for these texts: SansSerif when it shows every character, else the first
     * installed of {@link #CJK_FAMILIES} that does (SansSerif when none does).
     */
    static String familyFor(List<String> texts) {
        if (displaysAll(new Font(Font.SANS_SERIF, Font.PLAIN, 12), texts)) {
            return Font.SANS_SERIF;
        }
        java.util.Set<String> installed = java.util.Set.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ROOT));
        for (String family : CJK_FAMILIES) {
            if (installed.contains(family) && displaysAll(new Font(family, Font.PLAIN, 12), texts)) {
                return family;
            }
        }
        return Font.SANS_SERIF;
    }

    private static boolean displaysAll(Font font, List<String> texts) {
        for (String t : texts) {
            if (t != null && font.canDisplayUpTo(t) != -1) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(List<String> names, Titles titles) {
        List<String> all = new java.util.ArrayList<>(names);
        all.add(titles.sizes());
        all.add(titles.shares());
        all.add(titles.customers());
        return all;
    }

    static JFreeChart bars(List<String> names, List<String> colours, long[] counts, Titles titles) {
        String family = familyFor(texts(names, titles));
        Font text = new Font(family, Font.PLAIN, 11);
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
        plot.getDomainAxis().setTickLabelFont(text);
        plot.getRangeAxis().setTickLabelFont(text);
        plot.getRangeAxis().setLabelFont(text);
        style(chart, family);
        return chart;
    }

    static JFreeChart donut(List<String> names, List<String> colours, long[] counts, Titles titles) {
        String family = familyFor(texts(names, titles));
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
        chart.getLegend().setItemFont(new Font(family, Font.PLAIN, 11));
        style(chart, family);
        return chart;
    }

    private static void style(JFreeChart chart, String family) {
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(new Font(family, Font.BOLD, 15));
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
