package com.stratum.ui;

import com.stratum.ui.dialog.DialogService;
import com.stratum.ui.service.AppServices;

import java.util.List;
import java.util.function.Function;

/**
 * What a test may replace when it starts the real application: the dialogs (so file choosers answer
 * without a native window), the services and the command-line arguments. {@code null} means "the real one".
 */
public record AppOverrides(Function<AppContextSeed, DialogService> dialogs, AppServices services,
                           List<String> arguments) {

    public static final AppOverrides NONE = new AppOverrides(null, null, null);

    /** What a replacement dialog service may need. */
    public record AppContextSeed(com.stratum.ui.i18n.Localization i18n, javafx.stage.Stage stage) {
    }
}
