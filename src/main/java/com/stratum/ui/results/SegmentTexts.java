package com.stratum.ui.results;

import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;
import com.stratum.ui.i18n.TemplateTexts;

import java.util.Locale;

/**
 * A segment's (or tier's) name and strategy in the user's language: template ones through the
 * shell's {@link TemplateTexts}; those the analyst named keep their own text.
 */
public final class SegmentTexts {

    private final Locale locale;

    public SegmentTexts(Locale locale) {
        this.locale = locale;
    }

    public String name(SegmentSpec s) {
        return TemplateTexts.segmentName(s.i18nKey(), s.name(), locale);
    }

    public String strategy(SegmentSpec s) {
        return TemplateTexts.strategy(s.i18nKey(), s.strategy() == null ? "" : s.strategy(), locale);
    }

    /** Engine names (what comparisons match on) to the names shown, for a definition's segments. */
    public java.util.function.UnaryOperator<String> displayNames(java.util.List<SegmentSpec> segments) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (SegmentSpec s : segments) {
            map.put(s.name(), name(s));
        }
        return n -> map.getOrDefault(n, n);
    }

    public String name(TierLevel t) {
        return TemplateTexts.segmentName(t.i18nKey(), t.name(), locale);
    }
}
