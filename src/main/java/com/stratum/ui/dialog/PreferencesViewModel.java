package com.stratum.ui.dialog;

import com.stratum.features.Dayparts;
import com.stratum.ui.i18n.Language;
import com.stratum.ui.i18n.Localization;
import com.stratum.ui.prefs.AnalysisDefaults;
import com.stratum.ui.prefs.AnalysisText;
import com.stratum.ui.prefs.UserPreferences;
import com.stratum.ui.theme.AppTheme;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Map;

/** The Preferences dialog's working copy: edits apply to the preferences only on OK. */
public final class PreferencesViewModel {

    private final UserPreferences prefs;
    private final Localization i18n;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty recentLimit = new SimpleIntegerProperty();
    private final StringProperty homeCountry = new SimpleStringProperty("");
    private final StringProperty onlineChannels = new SimpleStringProperty("");
    /** Morning, afternoon, evening, night start hours. */
    private final IntegerProperty[] daypartStarts = {
            new SimpleIntegerProperty(), new SimpleIntegerProperty(), new SimpleIntegerProperty(), new SimpleIntegerProperty()};
    private final StringProperty cityTiers = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public PreferencesViewModel(UserPreferences prefs, Localization i18n) {
        this.prefs = prefs;
        this.i18n = i18n;
        language.set(prefs.languageProperty().get());
        theme.set(prefs.themeProperty().get());
        recentLimit.set(prefs.recentLimitProperty().get());
        showAnalysis(prefs.analysisProperty().get());
        Observable[] inputs = {onlineChannels, cityTiers, daypartStarts[0], daypartStarts[1], daypartStarts[2],
                daypartStarts[3]};
        for (Observable o : inputs) {
            o.addListener(x -> validate());
        }
        validate();
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<AppTheme> themeProperty() {
        return theme;
    }

    public IntegerProperty recentLimitProperty() {
        return recentLimit;
    }

    public StringProperty homeCountryProperty() {
        return homeCountry;
    }

    public StringProperty onlineChannelsProperty() {
        return onlineChannels;
    }

    /** 0 morning, 1 afternoon, 2 evening, 3 night ({@link Dayparts} order). */
    public IntegerProperty daypartStartProperty(int part) {
        return daypartStarts[part];
    }

    public StringProperty cityTiersProperty() {
        return cityTiers;
    }

    /** Why the analysis settings cannot be applied as typed; empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Puts the standard analysis settings back into the fields (applied on OK). */
    public void resetAnalysis() {
        showAnalysis(AnalysisDefaults.STANDARD);
    }

    public void apply() {
        prefs.recentLimitProperty().set(Math.max(1, Math.min(UserPreferences.MAX_RECENT_LIMIT, recentLimit.get())));
        prefs.themeProperty().set(theme.get());
        AnalysisDefaults analysis = analysis();
        if (analysis != null) {
            prefs.analysisProperty().set(analysis);
        }
        // Last: a new language rebuilds the window.
        prefs.languageProperty().set(language.get());
    }

    private void showAnalysis(AnalysisDefaults a) {
        homeCountry.set(a.homeCountry());
        onlineChannels.set(AnalysisText.channels(a.onlineChannels()));
        Dayparts d = a.dayparts();
        daypartStarts[0].set(d.morningStart());
        daypartStarts[1].set(d.afternoonStart());
        daypartStarts[2].set(d.eveningStart());
        daypartStarts[3].set(d.nightStart());
        cityTiers.set(AnalysisText.cityTiers(a.cityTiers()));
    }

    /** The analysis settings as typed, or null (and {@link #problemProperty()} says why). */
    private AnalysisDefaults analysis() {
        Dayparts parts;
        try {
            parts = new Dayparts(daypartStarts[0].get(), daypartStarts[1].get(), daypartStarts[2].get(),
                    daypartStarts[3].get());
        } catch (IllegalArgumentException e) {
            problem.set(i18n.get("prefs.analysis.daypartsClash"));
            return null;
        }
        Map<String, String> tiers;
        try {
            tiers = AnalysisText.parseCityTiers(cityTiers.get());
        } catch (AnalysisText.BadLine e) {
            problem.set(i18n.get("prefs.analysis.badTierLine", e.line(), e.text().strip()));
            return null;
        }
        problem.set("");
        return new AnalysisDefaults(homeCountry.get(), AnalysisText.parseChannels(onlineChannels.get()), parts, tiers);
    }

    private void validate() {
        analysis();
    }
}
