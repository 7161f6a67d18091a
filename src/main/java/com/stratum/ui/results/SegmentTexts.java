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

    public String name(TierLevel t) {
        return TemplateTexts.segmentName(t.i18nKey(), t.name(), locale);
    }
}
