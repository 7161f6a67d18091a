package com.stratum.imports;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A user-facing message as a key of the {@code com/stratum/i18n/errors} bundle and its arguments,
 * so the window can show it in the user's language while the CLI prints English. Arguments that
 * are themselves messages (such as "file, sheet S") are formatted in the same language.
 */
public record Message(String key, List<Object> args) {

    static final String BUNDLE = "com.stratum.i18n.errors";

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The text in {@code locale} (English for the root bundle). */
    public String format(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key + " " + args;
        }
        Object[] formatted = new Object[args.size()];
        for (int i = 0; i < formatted.length; i++) {
            Object a = args.get(i);
            formatted[i] = a instanceof Message ? ((Message) a).format(locale) : a == null ? "" : String.valueOf(a);
        }
        return new MessageFormat(pattern, locale).format(formatted);
    }

    /** English, as the CLI prints it. */
    public String english() {
        return format(Locale.ROOT);
    }

    @Override
    public String toString() {
        return english();
    }

    /** "file" for a CSV, "file, sheet S" for a workbook. */
    static Object where(String file, String sheet) {
        return sheet == null ? file : of("import.where.sheet", file, sheet);
    }

    /** "file, sheet S, column C". */
    static Message whereColumn(Object where, String column) {
        return of("import.where.column", where, column);
    }
}
