package com.stratum.ui.charts;

/** The already-translated title and axis labels of one chart (empty strings hide them). */
public record ChartText(String title, String xAxis, String yAxis) {

    public ChartText {
        title = title == null ? "" : title;
        xAxis = xAxis == null ? "" : xAxis;
        yAxis = yAxis == null ? "" : yAxis;
    }

    /** The texts {@code <prefix>title}, {@code <prefix>x} and {@code <prefix>y}, e.g. prefix {@code chart.sizes.}. */
    public static ChartText of(ViewTexts texts, String prefix) {
        return new ChartText(texts.get(prefix + "title"), texts.get(prefix + "x"), texts.get(prefix + "y"));
    }
}
