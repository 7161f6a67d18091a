package com.stratum.engine;

import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.DefinitionException;
import com.stratum.engine.definition.DefinitionJson;
import com.stratum.engine.definition.SegmentSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionJsonTest {

    @Test
    void everyBuiltInRoundTripsUnchanged() {
        assertThat(BuiltInDefinitions.all()).extracting(Definition::name).contains("rfm-standard", "rfm-r", "demographic",
                "behavioral-frequency", "behavioral-value", "behavioral-daypart", "behavioral-channel",
                "behavioral-brand-loyalty", "geographic-domestic", "geographic-city-tier", "psychographic",
                "combined-channel-value", "clustering");
        for (Definition d : BuiltInDefinitions.all()) {
            String json = DefinitionJson.write(d);
            Definition back = DefinitionJson.read(json);
            assertThat(back).as(d.name()).isEqualTo(d);
            assertThat(DefinitionJson.write(back)).as(d.name()).isEqualTo(json);
        }
    }

    @Test
    void everyOperatorAndNestingRoundTrips() {
        Definition d = new Definition("custom", 3, "custom", "all operators", null, null, List.of(
                new SegmentSpec("s", "S", "#123456", "d", "st", null, com.stratum.engine.definition.Criterion.or(
                        com.stratum.engine.definition.Criterion.and(Condition.ge("monetary", 3000.10), Condition.between("age", 18, 29.5),
                                Condition.in("gender", "F", "女").not()),
                        Condition.notIn("city", "Paris"), Condition.contains("values", "quality"),
                        Condition.textEquals("domestic", "domestic"),
                        Condition.dateBetween("signup_date", LocalDate.of(2023, 1, 1), null),
                        Condition.isEmpty("income"), Condition.notEmpty("email"), Condition.lt("x", -1e-3),
                        Condition.le("x", 1), Condition.gt("x", 2), Condition.eq("x", 3), Condition.ne("x", 4)).not())),
                null, null, null);
        String json = DefinitionJson.write(d);
        assertThat(DefinitionJson.read(json)).isEqualTo(d);
        assertThat(json).contains("\"type\" : \"group\"").contains("\"op\" : \"DATE_BETWEEN\"").contains("女");
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> DefinitionJson.read("{\n \"name\": \"x\",\n \"segments\": [ {\"key\": 1,, } ]\n}"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("line 3");
    }

    @Test
    void templateTextsComeFromTheBundleInBothLanguages() {
        ResourceBundle zh = ResourceBundle.getBundle(BuiltInDefinitions.BUNDLE, java.util.Locale.SIMPLIFIED_CHINESE);
        for (Definition d : BuiltInDefinitions.all()) {
            for (SegmentSpec s : d.segments()) {
                if (s.i18nKey() != null) {
                    assertThat(zh.getString(s.i18nKey() + ".name")).as(s.i18nKey()).isNotBlank();
                    assertThat(zh.getString(s.i18nKey() + ".strategy")).isNotEqualTo(s.strategy());
                }
            }
        }
        assertThat(BuiltInDefinitions.rfmStandard().segments()).extracting(SegmentSpec::name).contains("Champions", "Lost");
    }
}
