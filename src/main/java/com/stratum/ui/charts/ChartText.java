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

    /** The width a table header needs to show this text whole (bold header font, cell padding, sort arrow). */
    public static double headerWidth(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text == null ? "" : text);
        t.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, Math.max(14, javafx.scene.text.Font.getDefault().getSize() + 1)));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 36;
    }
}
