package com.stratum.exports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTest {

    @Test
    void masksEmailsKeepingFirstCharacterAndDomain() {
        assertThat(PersonalDataMask.email("alice@example.com")).isEqualTo("a***@example.com");
        assertThat(PersonalDataMask.email(" wang2871@example.cn ")).isEqualTo("w***@example.cn");
        assertThat(PersonalDataMask.email("not-an-email")).isEqualTo("n***");
        assertThat(PersonalDataMask.email(null)).isNull();
        assertThat(PersonalDataMask.email("")).isEmpty();
    }

    @Test
    void masksPhonesKeepingFirstThreeAndLastFourDigits() {
        assertThat(PersonalDataMask.phone("13812345678")).isEqualTo("138****5678");
        // digits 6591234567: keep 6,5,9 and 4567, separators stay
        assertThat(PersonalDataMask.phone("+65 9123 4567")).isEqualTo("+65 9*** 4567");
        assertThat(PersonalDataMask.phone("12345")).isEqualTo("***45");
    }

    @Test
    void masksNamesWithoutGivingAwayTheirLength() {
        assertThat(PersonalDataMask.name("张三")).isEqualTo("张*");
        assertThat(PersonalDataMask.name("欧阳娜娜")).isEqualTo("欧*");
        assertThat(PersonalDataMask.name("John")).isEqualTo("J***");
        assertThat(PersonalDataMask.name("John Smith")).isEqualTo("J***");
        assertThat(PersonalDataMask.mask(PersonalDataMask.Kind.OTHER, "12 Nanjing Road")).isEqualTo("1***");
    }
}
