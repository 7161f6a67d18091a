package com.stratum.ui.whatif;

import com.stratum.engine.BuiltInDefinitions;
import com.stratum.ui.charts.ViewTexts;

import java.util.function.UnaryOperator;

/**
 * A definition as the analyst knows it: a built-in template by its title in the window's language
 * (as in the Segments section), a saved definition by its own name.
 */
public final class DefinitionTitles implements UnaryOperator<String> {

    private final ViewTexts texts;

    public DefinitionTitles(ViewTexts texts) {
        this.texts = texts;
    }

    @Override
    public String apply(String name) {
        if (name == null) {
            return "";
        }
        String key = "template." + name;
        return BuiltInDefinitions.isBuiltIn(name) && texts.has(key) ? texts.get(key) : name;
    }
}
