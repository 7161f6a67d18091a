package com.stratum.imports;

import java.util.Locale;

/**
 * Bad input: the file cannot be imported as it is. The message is for the user and names the
 * file, and the sheet, row and column where they apply. The workspace is left unchanged.
 * {@link #getMessage()} is English; {@link #localizedMessage(Locale)} gives the window's language.
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public ImportException(Message message) {
        this(message, null);
    }

    public ImportException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    static ImportException of(String key, Object... args) {
        return new ImportException(Message.of(key, args));
    }

    static ImportException of(Throwable cause, String key, Object... args) {
        return new ImportException(Message.of(key, args), cause);
    }

    /** The message as key and arguments. */
    public Message message() {
        return message;
    }

    public String localizedMessage(Locale locale) {
        return message.format(locale);
    }
}
