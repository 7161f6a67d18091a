package com.stratum.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HeatMapChartTest {

    private static JFreeChart chart(String[] rows, String[] cols) {
        long[][] counts = new long[rows.length][cols.length];
        counts[0][0] = 233; // stayers on the diagonal
        return HeatMapChart.chart(HeatMapData.rowShares(rows, cols, counts, "share"), new ChartText("", "to", "from"),
                true, Locale.ENGLISH);
    }

    @Test
    void axesSpanEveryCategoryWithOneTickEach() {
        String[] rows = {"Champions", "Loyal Customers", "New Customers", "No Purchases"};
        String[] cols = {"Champions", "Loyal Customers", "New Customers"};
        XYPlot plot = chart(rows, cols).getXYPlot();
        SymbolAxis x = (SymbolAxis) plot.getDomainAxis();
        SymbolAxis y = (SymbolAxis) plot.getRangeAxis();
        // 3 columns centred on 0, 1, 2: blocks are 1 wide, so the axis runs from -0.5 to 2.5
        assertThat(x.getLowerBound()).isEqualTo(-0.5);
        assertThat(x.getUpperBound()).isEqualTo(2.5);
        assertThat(y.getLowerBound()).isEqualTo(-0.5);
        assertThat(y.getUpperBound()).isEqualTo(3.5);
        assertThat(x.isAutoRange()).isFalse();
        assertThat(x.isAutoTickUnitSelection()).isFalse();
        assertThat(x.getTickUnit().getSize()).isEqualTo(1.0);
        assertThat(y.getTickUnit().getSize()).isEqualTo(1.0);
        assertThat(x.getSymbols()).containsExactly("Champions", "Loyal Customers", "New Customers");
        assertThat(y.getSymbols()).hasSize(4);
    }

    @Test
    void manyLongColumnNamesStandUpright() {
        String[] names = {"Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising",
                "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost"};
        XYPlot plot = chart(names, names).getXYPlot();
        assertThat(plot.getDomainAxis().isVerticalTickLabels()).isTrue();
        XYPlot few = chart(new String[] {"A", "B"}, new String[] {"A", "B"}).getXYPlot();
        assertThat(few.getDomainAxis().isVerticalTickLabels()).isFalse();
    }

    @Test
    void longNamesAreShortenedWithAnEllipsis() {
        assertThat(HeatMapChart.abbreviate("Potential Loyalists", 10)).isEqualTo("Potential…");
        assertThat(HeatMapChart.abbreviate("Lost", 10)).isEqualTo("Lost");
    }
}
