package com.stratum.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

import java.awt.Paint;
import java.util.List;
import java.util.function.IntConsumer;

/** Box plots of one feature, one box per segment in the segment's colour (JFreeChart). */
public final class BoxPlotChart {

    private BoxPlotChart() {
    }

    public static ChartViewer create(String[] segments, String[] colours, BoxStats[] stats, ChartText text,
                                     IntConsumer onClick) {
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        for (int s = 0; s < segments.length; s++) {
            BoxStats b = stats[s];
            if (b.count() == 0) {
                continue;
            }
            dataset.add(new BoxAndWhiskerItem(b.mean(), b.median(), b.q1(), b.q3(), b.whiskerLow(), b.whiskerHigh(),
                    b.min(), b.max(), List.of()), "values", segments[s]);
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                String key = (String) dataset.getColumnKey(column);
                return Palette.awt(colours, indexOf(segments, key));
            }
        };
        renderer.setMeanVisible(false); // JFreeChart scales the mean marker with the box: large blots at this size
        renderer.setMaxOutlierVisible(false);
        renderer.setMinOutlierVisible(false);
        renderer.setFillBox(true);
        renderer.setUseOutlinePaintForWhiskers(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultOutlinePaint(java.awt.Color.GRAY);
        CategoryAxis x = new CategoryAxis(text.xAxis());
        // long segment names: slanted when many, else on up to two lines, instead of cut to "Champ..."
        x.setMaximumCategoryLabelLines(2);
        if (segments.length > 6) {
            x.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        NumberAxis y = new NumberAxis(text.yAxis());
        y.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeStyle.font(13), plot, false);
        JFreeStyle.apply(chart, false);
        ChartViewer viewer = new ChartViewer(chart, false);
        if (onClick != null) {
            viewer.addChartMouseListener(new ChartMouseListenerFX() {
                @Override
                public void chartMouseClicked(ChartMouseEventFX e) {
                    if (e.getEntity() instanceof CategoryItemEntity item) {
                        onClick.accept(indexOf(segments, (String) item.getColumnKey()));
                    }
                }

                @Override
                public void chartMouseMoved(ChartMouseEventFX e) {
                }
            });
        }
        return viewer;
    }

    private static int indexOf(String[] names, String key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return 0;
    }
}
