package com.stratum.engine.predictive;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The data cannot support a model. {@link #getMessage()} is a complete English sentence for the user (the
 * CLI prints it and exits 2); {@link #localizedMessage(Locale)} gives the window's language from the
 * {@code com/stratum/i18n/errors} bundle (keys {@code predictive.*}); {@link #problem()} says what is wrong.
 */
public final class PredictiveDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "com.stratum.i18n.errors";

    /** What is wrong with the data. */
    public enum Problem {
        NO_PURCHASES,
        CALIBRATION_END_OUTSIDE_DATA,
        ALL_PURCHASES_ON_ONE_DAY,
        TOO_FEW_CUSTOMERS,
        NO_REPEAT_PURCHASES,
        TOO_FEW_REPEAT_BUYERS_FOR_SPEND,
        NOT_CONVERGED
    }

    private final Problem problem;
    private final String key;
    private final transient List<Object> args;
    private final transient ModelFit bestFit;

    /** @param args message arguments; give numbers and dates as strings so no locale reformats them */
    public PredictiveDataException(Problem problem, String key, Object... args) {
        this(problem, null, key, args);
    }

    public PredictiveDataException(Problem problem, ModelFit bestFit, String key, Object... args) {
        super(format(key, Locale.ROOT, args));
        this.problem = problem;
        this.key = key;
        this.args = Arrays.asList(args);
        this.bestFit = bestFit;
    }

    public Problem problem() {
        return problem;
    }

    /** The bundle key, e.g. {@code predictive.tooFewCustomers}. */
    public String key() {
        return key;
    }

    public String localizedMessage(Locale locale) {
        return format(key, locale, args.toArray());
    }

    /** For {@link Problem#NOT_CONVERGED}: the best point the optimizer found; otherwise null. */
    public ModelFit bestFit() {
        return bestFit;
    }

    private static String format(String key, Locale locale, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key + " " + Arrays.toString(args);
        }
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(text);
    }
}
