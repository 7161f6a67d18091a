package com.stratum.ui.shell;

import com.stratum.features.Dayparts;
import com.stratum.ui.prefs.AnalysisDefaults;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The getting-started tour, the analysis defaults in Preferences and the remembered split panes. */
class ShellPolishUiTest extends StratumAppTest {

    @AfterEach
    void standardAnalysisDefaults() {
        AnalysisDefaults.use(AnalysisDefaults.STANDARD); // process-wide: leave it as the next test expects
    }

    @Test
    void tourWalksDataSegmentsRunResultsAndIsRememberedAsSeen() throws Exception {
        // tests replace the dialogs, so the first-launch tour is not started by itself; Help opens it
        assertThat(fx(() -> node("#tour-layer").isVisible())).isFalse();
        clickOn("Help").clickOn("Getting started tour");
        waitUntil(() -> lookup("#tour-title").tryQuery().isPresent());
        assertThat(((Label) node("#tour-title")).getText()).isEqualTo("Data: bring in your customers");
        assertThat(ctx().navigation().current()).isEqualTo(Section.DATA);
        clickOn("#tour-next");
        waitUntil(() -> ((Label) node("#tour-title")).getText().startsWith("Segments"));
        assertThat(ctx().navigation().current()).isEqualTo(Section.SEGMENTS);
        clickOn("#tour-next");
        waitUntil(() -> ((Label) node("#tour-title")).getText().startsWith("Run"));
        clickOn("#tour-next");
        waitUntil(() -> ((Label) node("#tour-title")).getText().startsWith("Results"));
        assertThat(ctx().navigation().current()).isEqualTo(Section.RESULTS);
        assertThat(((Button) node("#tour-next")).getText()).isEqualTo("Done");
        clickOn("#tour-next");
        waitUntil(() -> !fx(() -> node("#tour-layer").isVisible()));
        assertThat(ctx().prefs().tourSeenProperty().get()).isTrue();
        waitUntil(() -> {
            try {
                return java.nio.file.Files.readString(home.resolve("preferences.json")).contains("\"tourSeen\" : true");
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    @Test
    void analysisDefaultsAreEditedInPreferencesAndUsedByTheNextFeatureBuild() {
        clickOn("Edit").clickOn("Preferences...");
        waitUntil(() -> lookup("#preferences-dialog").tryQuery().isPresent());
        clickOn("Analysis defaults");
        TextField country = node("#prefs-home-country");
        TextArea tiers = node("#prefs-city-tiers");
        TextArea channels = node("#prefs-online-channels");
        @SuppressWarnings("unchecked")
        Spinner<Integer> night = (Spinner<Integer>) node("#prefs-daypart-3");
        DialogPane pane = node("#preferences-dialog");
        onFx(() -> {
            country.setText("France");
            channels.setText("Web, Kiosk");
            night.getValueFactory().setValue(22);
            tiers.setText("Paris = 1\nLyon = 4\n");
        });
        // line 2 has no tier 4: OK is off and the problem names the line
        waitUntil(() -> ((Label) node("#prefs-analysis-problem")).getText().contains("line 2"));
        assertThat(fx(() -> pane.lookupButton(javafx.scene.control.ButtonType.OK) == null
                || pane.getButtonTypes().stream().anyMatch(b -> pane.lookupButton(b).isDisabled()))).isTrue();
        onFx(() -> tiers.setText("Paris = 1\nLyon = 2\n"));
        waitUntil(() -> ((Label) node("#prefs-analysis-problem")).getText().isEmpty());
        clickOn("OK");

        waitUntil(() -> "France".equals(ctx().prefs().analysisProperty().get().homeCountry()));
        AnalysisDefaults a = AnalysisDefaults.current();
        assertThat(a.homeCountry()).isEqualTo("France");
        assertThat(a.onlineChannels()).containsExactly("Web", "Kiosk");
        assertThat(a.dayparts()).isEqualTo(new Dayparts(6, 12, 18, 22));
        // what a feature build now gets
        assertThat(AnalysisDefaults.currentFeatureSettings().tierOf("lyon")).isEqualTo("tier_2");
        assertThat(AnalysisDefaults.currentFeatureSettings().isOnline("kiosk")).isTrue();
    }

    @Test
    void splitPaneDividersAreRemembered() {
        waitUntil(() -> lookup("#data-view .split-pane").tryQuery().isPresent());
        SplitPane split = (SplitPane) lookup("#data-view .split-pane").query();
        onFx(() -> split.setDividerPositions(0.4));
        waitUntil(() -> ctx().prefs().dividers().containsKey("nav-data.0"));
        assertThat(ctx().prefs().dividers().get("nav-data.0")[0]).isCloseTo(0.4, within(0.01));
    }
}
