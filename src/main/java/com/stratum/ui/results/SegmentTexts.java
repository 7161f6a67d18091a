package com.stratum.ui.results;

import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.engine.definition.TierLevel;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A segment's name and strategy in the user's language: template segments carry an {@code i18nKey}
 * into the engine's templates bundle; segments the analyst named keep their own text.
 */
public final class SegmentTexts {

    private final ResourceBundle bundle;

    public SegmentTexts(Locale locale) {
        ResourceBundle b;
        try {
            b = ResourceBundle.getBundle(BuiltInDefinitions.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            b = null;
        }
        bundle = b;
    }

    public String name(SegmentSpec s) {
        return text(s.i18nKey(), ".name", s.name());
    }

    public String strategy(SegmentSpec s) {
        return text(s.i18nKey(), ".strategy", s.strategy() == null ? "" : s.strategy());
    }

    public String name(TierLevel t) {
        return text(t.i18nKey(), ".name", t.name());
    }

    private String text(String key, String suffix, String fallback) {
        if (key == null || bundle == null || !bundle.containsKey(key + suffix)) {
            return fallback;
        }
        return bundle.getString(key + suffix);
    }
}
