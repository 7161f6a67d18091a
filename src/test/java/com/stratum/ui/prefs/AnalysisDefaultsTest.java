package com.stratum.ui.prefs;

import com.stratum.features.Dayparts;
import com.stratum.features.FeatureSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisDefaultsTest {

    @TempDir
    Path home;

    @Test
    void cityTierLinesParseInOrderAndNameTheFirstBadLine() throws Exception {
        Map<String, String> tiers = AnalysisText.parseCityTiers("北京 = 1\n\n  Hangzhou=2 \nXi'an ＝ 3\n");
        assertThat(tiers).containsExactly(Map.entry("北京", FeatureSettings.TIER_1),
                Map.entry("Hangzhou", FeatureSettings.TIER_2), Map.entry("Xi'an", FeatureSettings.TIER_3));
        // line 1 is fine, line 2 has tier 4
        assertThatThrownBy(() -> AnalysisText.parseCityTiers("Beijing = 1\nWuhan = 4"))
                .isInstanceOfSatisfying(AnalysisText.BadLine.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> AnalysisText.parseCityTiers("= 1"))
                .isInstanceOfSatisfying(AnalysisText.BadLine.class, e -> assertThat(e.line()).isEqualTo(1));
        // formatting then parsing gives the table back
        Map<String, String> back = AnalysisText.parseCityTiers(AnalysisText.cityTiers(tiers));
        assertThat(back).containsExactlyEntriesOf(tiers);
    }

    @Test
    void channelsSplitOnLinesAndCommasWithoutBlanksOrRepeats() {
        assertThat(AnalysisText.parseChannels("web\n app , 小程序，web\n\n")).containsExactly("web", "app", "小程序");
        // the Chinese enumeration comma 、 separates too
        assertThat(AnalysisText.parseChannels("线上、移动；天猫")).containsExactly("线上", "移动", "天猫");
    }

    @Test
    void aChineseOnlineListCountsTheEnglishSpellingsOfTheSameKinds() {
        AnalysisDefaults a = new AnalysisDefaults("", AnalysisText.parseChannels("线上、移动"), Dayparts.DEFAULT, Map.of());
        FeatureSettings s = a.featureSettings();
        assertThat(s.isOnline("Online")).isTrue();
        assertThat(s.isOnline("APP")).isTrue(); // mobile, like 移动
        assertThat(s.isOnline("in-store")).isFalse();
    }

    @Test
    void theUsersChoicesReachTheFeatureSettings() {
        Map<String, String> tiers = new LinkedHashMap<>();
        tiers.put("Springfield", FeatureSettings.TIER_1);
        AnalysisDefaults a = new AnalysisDefaults("United States", List.of("Kiosk"), new Dayparts(5, 11, 17, 23), tiers);
        FeatureSettings s = a.featureSettings();
        assertThat(s.homeCountry()).isEqualTo("United States");
        assertThat(s.isOnline("kiosk")).isTrue();
        assertThat(s.isOnline("web")).isFalse(); // the user's list replaces the standard one
        // 04:00 is still night (night starts 23), 05:00 morning
        assertThat(s.dayparts().of(4 * 3600)).isEqualTo(Dayparts.NIGHT);
        assertThat(s.dayparts().of(5 * 3600)).isEqualTo(Dayparts.MORNING);
        assertThat(s.tierOf("springfield")).isEqualTo(FeatureSettings.TIER_1);
        assertThat(s.tierOf("Beijing")).isEqualTo(FeatureSettings.OTHER_CITY_TIER);
        // the returns policy and bands stay the engine's defaults
        assertThat(s.returnsPolicy()).isEqualTo(FeatureSettings.defaults().returnsPolicy());
        assertThat(s.ageBandBounds()).isEqualTo(FeatureSettings.DEFAULT_AGE_BANDS);
    }

    @Test
    void analysisDefaultsRoundTripThroughThePreferencesFile() throws Exception {
        UserPreferences p = new UserPreferences();
        Map<String, String> tiers = new LinkedHashMap<>();
        tiers.put("成都", FeatureSettings.TIER_1);
        tiers.put("Lyon", FeatureSettings.TIER_2);
        p.analysisProperty().set(new AnalysisDefaults("中国", List.of("网店", "web"), new Dayparts(7, 13, 19, 1), tiers));
        p.dividers().put("results.0", new double[] {0.4});
        p.tourSeenProperty().set(true);
        new PreferencesFile(home).save(p);

        UserPreferences back = new PreferencesFile(home).load();
        assertThat(back.analysisProperty().get()).isEqualTo(p.analysisProperty().get());
        assertThat(back.analysisProperty().get().cityTiers().keySet()).containsExactly("成都", "Lyon");
        assertThat(back.dividers().get("results.0")).containsExactly(0.4);
        assertThat(back.tourSeenProperty().get()).isTrue();
    }

    @Test
    void anOlderFileWithoutAnalysisSettingsGivesTheStandardOnes() throws Exception {
        Files.writeString(home.resolve("preferences.json"), "{\"language\":\"en\",\"analysis\":{\"homeCountry\":\"France\"}}");
        UserPreferences p = new PreferencesFile(home).load();
        AnalysisDefaults a = p.analysisProperty().get();
        assertThat(a.homeCountry()).isEqualTo("France");
        assertThat(a.dayparts()).isEqualTo(Dayparts.DEFAULT);
        assertThat(a.onlineChannels()).isEqualTo(FeatureSettings.DEFAULT_ONLINE_CHANNELS);
        assertThat(a.cityTiers()).containsEntry("上海", FeatureSettings.TIER_1);
        assertThat(p.tourSeenProperty().get()).isFalse();
    }
}
