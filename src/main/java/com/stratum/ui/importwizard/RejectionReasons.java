package com.stratum.ui.importwizard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the importer's rejection reasons in the window's language. The importer keeps reasons as
 * English text (they are data in the workspace and the CLI prints them); the wizard recognises the
 * shapes the importer writes and words them from its bundle. An unknown shape is shown as it is.
 * {@code RejectionReasonsTest} produces each shape with the real importer, so a change there shows.
 */
final class RejectionReasons {

    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("\"(.*)\" is not a number"), "wizard.reason.notNumber"),
            new Shape(Pattern.compile("\"(.*)\" is not a whole number"), "wizard.reason.notWhole"),
            new Shape(Pattern.compile("\"(.*)\" is too large"), "wizard.reason.tooLarge"),
            new Shape(Pattern.compile("\"(.*)\" is not a date"), "wizard.reason.notDate"),
            new Shape(Pattern.compile("\"(.*)\" is not yes/no"), "wizard.reason.notBoolean"),
            new Shape(Pattern.compile("error value (.*)"), "wizard.reason.errorValue"),
            new Shape(Pattern.compile("a value right of the last column \\((.*)\\)"), "wizard.reason.rightOfLast"),
            new Shape(Pattern.compile("the date is empty"), "wizard.reason.dateEmpty"),
            new Shape(Pattern.compile("the amount is empty"), "wizard.reason.amountEmpty"),
            new Shape(Pattern.compile("empty, so the amount \\(quantity x unit price\\) cannot be computed"),
                    "wizard.reason.derivedEmpty"));

    private final WizardTexts texts;

    RejectionReasons(WizardTexts texts) {
        this.texts = texts;
    }

    String show(String reason) {
        if (reason == null) {
            return null;
        }
        for (Shape s : SHAPES) {
            Matcher m = s.pattern().matcher(reason);
            if (m.matches()) {
                return m.groupCount() == 0 ? texts.get(s.key()) : texts.get(s.key(), m.group(1));
            }
        }
        return reason;
    }
}
