package com.stratum.ui.results;

import com.stratum.ui.charts.ViewTexts;

import java.util.function.Function;

/** Display names of feature keys ({@code feature.<key>} in the views bundle; the key itself otherwise). */
public final class FeatureLabels implements Function<String, String> {

    private final ViewTexts texts;

    public FeatureLabels(ViewTexts texts) {
        this.texts = texts;
    }

    @Override
    public String apply(String key) {
        return texts.has("feature." + key) ? texts.get("feature." + key) : key;
    }
}
