package com.stratum.features;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureSettingsTest {

    private final FeatureSettings s = FeatureSettings.defaults();

    @Test
    void defaults() {
        assertThat(s.asOf()).isNull();
        assertThat(s.returnsPolicy()).isEqualTo(ReturnsPolicy.NET);
        assertThat(s.homeCountry()).isEmpty();
    }

    @Test
    void onlineChannelsIgnoreCaseSpacesAndDashes() {
        assertThat(s.isOnline("E-Shop")).isTrue();
        assertThat(s.isOnline("e shop")).isTrue();
        assertThat(s.isOnline("ONLINE")).isTrue();
        assertThat(s.isOnline("Mobile App")).isTrue();
        assertThat(s.isOnline("小程序")).isTrue();
        assertThat(s.isOnline("In-store")).isFalse();
        assertThat(s.isOnline("门店")).isFalse();
    }

    @Test
    void cityTierTable() {
        assertThat(s.tierOf("北京")).isEqualTo("tier_1");
        assertThat(s.tierOf("北京市")).isEqualTo("tier_1");
        assertThat(s.tierOf(" beijing ")).isEqualTo("tier_1");
        assertThat(s.tierOf("Shenzhen City")).isEqualTo("tier_1");
        assertThat(s.tierOf("成都")).isEqualTo("tier_2");
        assertThat(s.tierOf("Xian")).isEqualTo("tier_2");
        assertThat(s.tierOf("厦门")).isEqualTo("tier_2");
        assertThat(s.tierOf("London")).isEqualTo("tier_3");
        FeatureSettings edited = s.withCityTiers(Map.of("London", "tier_1"));
        assertThat(edited.tierOf("london")).isEqualTo("tier_1");
        assertThat(edited.tierOf("北京")).isEqualTo("tier_3");
    }

    @Test
    void bands() {
        assertThat(s.ageBandLevels()).containsExactly("<25", "25-34", "35-44", "45-54", "55-64", "65+");
        assertThat(s.ageBand(24.9)).isEqualTo(0);
        assertThat(s.ageBand(25)).isEqualTo(1);
        assertThat(s.ageBand(64)).isEqualTo(4);
        assertThat(s.ageBand(65)).isEqualTo(5);
        assertThat(s.incomeBandLevels()).containsExactly("<3000", "3000-4999", "5000-9999", "10000-19999", "20000+");
        assertThat(s.incomeBand(4999.99)).isEqualTo(1);
        assertThat(s.withIncomeBands(List.of(new BigDecimal("0.5"), new BigDecimal("1.5"))).incomeBandLevels())
                .containsExactly("<0.5", "0.5-<1.5", "1.5+");
        assertThatThrownBy(() -> s.withAgeBands(List.of(30, 20))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dayparts() {
        Dayparts d = Dayparts.DEFAULT;
        assertThat(d.of(0)).isEqualTo(Dayparts.NIGHT);
        assertThat(d.of(6 * 3600 - 1)).isEqualTo(Dayparts.NIGHT);
        assertThat(d.of(6 * 3600)).isEqualTo(Dayparts.MORNING);
        assertThat(d.of(12 * 3600)).isEqualTo(Dayparts.AFTERNOON);
        assertThat(d.of(18 * 3600)).isEqualTo(Dayparts.EVENING);
        assertThat(d.of(23 * 3600 + 3599)).isEqualTo(Dayparts.EVENING);
        // evening 17-23, night 23-05, morning 05-12
        Dayparts late = new Dayparts(5, 12, 17, 23);
        assertThat(late.of(23 * 3600 + 1800)).isEqualTo(Dayparts.NIGHT);
        assertThat(late.of(4 * 3600)).isEqualTo(Dayparts.NIGHT);
        assertThat(late.of(17 * 3600)).isEqualTo(Dayparts.EVENING);
        assertThat(late.of(5 * 3600)).isEqualTo(Dayparts.MORNING);
    }

    @Test
    void moneyIsExact() {
        assertThat(Money.toCents(new BigDecimal("0.1").add(new BigDecimal("0.2")))).isEqualTo(30);
        assertThat(Money.format(30)).isEqualTo("0.30");
        assertThat(Money.toCents(new BigDecimal("2.005"))).isEqualTo(201);
        assertThat(Money.toCents(new BigDecimal("-2.005"))).isEqualTo(-201);
        assertThat(Money.toCents(new BigDecimal("2.0049"))).isEqualTo(200);
        assertThat(Money.format(-5)).isEqualTo("-0.05");
        assertThat(Money.divide(15005, 3)).isEqualTo(5002);
    }
}
