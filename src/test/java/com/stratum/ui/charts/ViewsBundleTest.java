package com.stratum.ui.charts;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The views bundle is complete in both languages: the same keys, no blank values. */
class ViewsBundleTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ViewsBundleTest.class.getResourceAsStream("/com/stratum/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws Exception {
        Properties en = load("views.properties");
        Properties zh = load("views_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String k : en.stringPropertyNames()) {
            assertThat(en.getProperty(k)).as(k).isNotBlank();
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
        }
    }

    @Test
    void chineseTextsAreReadAsUtf8() {
        assertThat(ViewTexts.of(java.util.Locale.SIMPLIFIED_CHINESE).get("chart.sizes.title")).isEqualTo("分群规模");
        assertThat(ViewTexts.of(java.util.Locale.ENGLISH).get("chart.sizes.title")).isEqualTo("Segment sizes");
    }
}
