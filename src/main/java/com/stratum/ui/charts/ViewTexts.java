package com.stratum.ui.charts;

import com.stratum.ui.i18n.BundleTexts;

import java.util.Locale;

/**
 * The texts of the analysis views (charts, results, builder, what-if, history) from the
 * {@code views} bundle, kept apart from the shell's {@code ui} bundle so the two can grow independently.
 */
public final class ViewTexts extends BundleTexts {

    public static final String BUNDLE = "com.stratum.i18n.views";

    private ViewTexts(Locale locale) {
        super(BUNDLE, locale);
    }

    public static ViewTexts of(Locale locale) {
        return new ViewTexts(locale);
    }

    /**
     * A definition as people read it: a built-in by its template title in this language, a saved one
     * by its own name. Segments, Results, What-if and History all name definitions this way.
     */
    public String definitionTitle(String name) {
        if (name == null) {
            return "";
        }
        String key = "template." + name;
        return com.stratum.engine.BuiltInDefinitions.isBuiltIn(name) && has(key) ? get(key) : name;
    }
}
