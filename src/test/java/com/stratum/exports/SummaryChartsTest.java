package com.stratum.exports;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.RingPlot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary pictures: the definition's segment colours, and a font that has the labels' characters. */
class SummaryChartsTest {

    static final List<String> ZH_NAMES = List.of("高价值客户", "活跃客户", "其他客户");
    static final SummaryCharts.Titles ZH = new SummaryCharts.Titles("细分群体规模", "客户占比", "客户数");

    @Test
    void barsAndDonutUseTheSegmentColoursOfTheDefinition() {
        List<String> colours = List.of("#1E88E5", "#43A047", "#E53935");
        long[] counts = {2, 1, 3};
        JFreeChart bars = SummaryCharts.bars(ZH_NAMES, colours, counts, ZH);
        CategoryPlot plot = bars.getCategoryPlot();
        // #1E88E5 = rgb(30, 136, 229), #43A047 = rgb(67, 160, 71), #E53935 = rgb(229, 57, 53)
        assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(new Color(30, 136, 229));
        assertThat(plot.getRenderer().getItemPaint(0, 1)).isEqualTo(new Color(67, 160, 71));
        assertThat(plot.getRenderer().getItemPaint(0, 2)).isEqualTo(new Color(229, 57, 53));
        RingPlot ring = (RingPlot) SummaryCharts.donut(ZH_NAMES, colours, counts, ZH).getPlot();
        assertThat(ring.getSectionPaint("活跃客户")).isEqualTo(new Color(67, 160, 71));
    }

    @Test
    void chineseLabelsAreDrawnInAFontThatHasTheirGlyphs() {
        List<String> texts = List.of("高价值客户", "细分群体规模", "客户数");
        String family = SummaryCharts.familyFor(texts);
        Font chosen = new Font(family, Font.PLAIN, 12);
        boolean someFontCan = false;
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT));
        for (String f : SummaryCharts.CJK_FAMILIES) {
            someFontCan |= installed.contains(f) && new Font(f, Font.PLAIN, 12).canDisplayUpTo("高价值客户细分群体规模客户数") == -1;
        }
        someFontCan |= new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo("高价值客户细分群体规模客户数") == -1;
        if (someFontCan) { // on a machine without any CJK font nothing can show them; the choice is then SansSerif
            for (String t : texts) {
                assertThat(chosen.canDisplayUpTo(t)).as("%s in %s", t, family).isEqualTo(-1);
            }
        } else {
            assertThat(family).isEqualTo(Font.SANS_SERIF);
        }
        JFreeChart bars = SummaryCharts.bars(ZH_NAMES, List.of(), new long[] {1, 2, 3}, ZH);
        assertThat(bars.getTitle().getFont().getFamily(Locale.ROOT)).isEqualTo(chosen.getFamily(Locale.ROOT));
        assertThat(bars.getCategoryPlot().getDomainAxis().getTickLabelFont().getName()).isEqualTo(family);
    }

    @Test
    void latinLabelsKeepSansSerif() {
        assertThat(SummaryCharts.familyFor(List.of("Champions", "Segment sizes"))).isEqualTo(Font.SANS_SERIF);
    }
}
