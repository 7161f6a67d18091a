package com.stratum.features;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static com.stratum.features.Lines.cat;
import static com.stratum.features.Lines.num;
import static org.assertj.core.api.Assertions.assertThat;

class ChannelKindsTest {

    @Test
    void commonEnglishAndChineseSpellingsMapToOneKind() {
        assertThat(ChannelKinds.kindOf("线上")).isEqualTo("online");
        assertThat(ChannelKinds.kindOf("网店")).isEqualTo("online");
        assertThat(ChannelKinds.kindOf(" E-Shop ")).isEqualTo("online");
        assertThat(ChannelKinds.kindOf("门店")).isEqualTo("in-store");
        assertThat(ChannelKinds.kindOf("线下")).isEqualTo("in-store");
        assertThat(ChannelKinds.kindOf("实体店")).isEqualTo("in-store");
        assertThat(ChannelKinds.kindOf("In Store")).isEqualTo("in-store");
        assertThat(ChannelKinds.kindOf("移动")).isEqualTo("mobile");
        assertThat(ChannelKinds.kindOf("小程序")).isEqualTo("mobile");
        assertThat(ChannelKinds.kindOf("ＡＰＰ")).isEqualTo("mobile"); // full-width letters
        assertThat(ChannelKinds.kindOf("天猫")).isEqualTo("marketplace");
        assertThat(ChannelKinds.kindOf("京东")).isEqualTo("marketplace");
        assertThat(ChannelKinds.kindOf("电话")).isEqualTo("phone");
        assertThat(ChannelKinds.kindOf("kiosk")).isNull();
        assertThat(ChannelKinds.canonical(" kiosk ")).isEqualTo("kiosk");
    }

    @Test
    void unknownValuesMergeIgnoringCaseAndWidthUnderTheirFirstSpelling() {
        ChannelLevels l = ChannelLevels.of(java.util.List.of("Kiosk", "线上", "ＫＩＯＳＫ", "Online", "门店"));
        assertThat(l.levels()).containsExactly("Kiosk", "online", "in-store");
        assertThat(l.codeOf()).containsExactly(0, 1, 0, 1, 2);
    }

    @Test
    void chineseChannelsGiveTheSameFeaturesAsEnglishOnes() {
        // X: orders online, online, in store; Y: mobile, mobile (APP), in store; Z: marketplace only.
        // By hand: X online share 2/3, omni-channel, 2 channels, top online;
        //          Y online share 2/3 (mobile is online), omni-channel, 2 channels, top mobile;
        //          Z online share 1 (marketplace is online), online only, 1 channel, top marketplace.
        String[][] english = {{"X", "online"}, {"X", "online"}, {"X", "in-store"},
                {"Y", "mobile"}, {"Y", "app"}, {"Y", "in-store"}, {"Z", "marketplace"}};
        String[][] chinese = {{"X", "线上"}, {"X", "网店"}, {"X", "门店"},
                {"Y", "移动"}, {"Y", "ＡＰＰ"}, {"Y", "实体店"}, {"Z", "天猫"}};
        for (String[][] rows : new String[][][]{english, chinese}) {
            Lines lines = new Lines();
            for (int i = 0; i < rows.length; i++) {
                lines.line(rows[i][0], "O" + i, "2024-03-0" + (i % 7 + 1), "10.00", rows[i][1], null, null, null);
            }
            CustomerFrame f = FeatureBuilder.build(lines.table(), CustomerAttributes.builder().build(),
                    FeatureSettings.defaults().withAsOf(LocalDate.of(2024, 4, 1))).frame();
            assertThat(num(f, "online_share", "X")).isEqualTo(2 / 3.0);
            assertThat(cat(f, "channel_type", "X")).isEqualTo("omni_channel");
            assertThat(num(f, "channel_count", "X")).isEqualTo(2);
            assertThat(cat(f, "top_channel", "X")).isEqualTo("online");
            assertThat(num(f, "online_share", "Y")).isEqualTo(2 / 3.0);
            assertThat(num(f, "channel_count", "Y")).isEqualTo(2);
            assertThat(cat(f, "top_channel", "Y")).isEqualTo("mobile");
            assertThat(cat(f, "channel_type", "Z")).isEqualTo("online_only");
            assertThat(cat(f, "top_channel", "Z")).isEqualTo("marketplace");
            assertThat(((CategoricalColumn) f.column("top_channel")).levels())
                    .containsExactly("online", "in-store", "mobile", "marketplace");
        }
    }

    @Test
    void onlineListAcceptsChineseAndMatchesByKind() {
        FeatureSettings s = FeatureSettings.defaults().withOnlineChannels(Set.of("线上", "小程序"));
        assertThat(s.isOnline("Online")).isTrue();   // same kind as 线上
        assertThat(s.isOnline("ＷＥＢ")).isTrue();     // full-width web = online
        assertThat(s.isOnline("APP")).isTrue();      // same kind as 小程序
        assertThat(s.isOnline("门店")).isFalse();
        assertThat(s.isOnline("天猫")).isFalse();     // marketplace is not listed
    }
}
