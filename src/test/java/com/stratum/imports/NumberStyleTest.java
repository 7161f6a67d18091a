package com.stratum.imports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading numbers in a comma-decimal column, and the per-column vote; expected values by hand. */
class NumberStyleTest {

    private static BigDecimal comma(String s) {
        return NumberText.parse(s, NumberStyle.COMMA_DECIMAL);
    }

    private static NumberStyle vote(Object... cells) {
        NumberStyleVote v = new NumberStyleVote();
        for (Object c : cells) {
            v.add(c);
        }
        return v.style();
    }

    @Test
    void commaDecimalReading() {
        assertThat(comma("1.234,50")).isEqualByComparingTo("1234.50");
        assertThat(comma("-3,5")).isEqualByComparingTo("-3.5");
        assertThat(comma("12,00")).isEqualByComparingTo("12");
        assertThat(comma("0,99")).isEqualByComparingTo("0.99");
        assertThat(comma("1 234,50")).isEqualByComparingTo("1234.50");
        assertThat(comma("1\u00A0234,50")).isEqualByComparingTo("1234.50"); // no-break space
        assertThat(comma("1\u202F234,50")).isEqualByComparingTo("1234.50"); // narrow no-break space
        assertThat(comma("1.234")).isEqualByComparingTo("1234"); // point groups: an integer here
        assertThat(comma("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(comma("12,50 €")).isEqualByComparingTo("12.50");
        assertThat(comma("EUR 1.000,00")).isEqualByComparingTo("1000");
        assertThat(comma("(12,50)")).isEqualByComparingTo("-12.50");
        assertThat(comma("12,50-")).isEqualByComparingTo("-12.50");
        assertThat(comma("12,5%")).isEqualByComparingTo("0.125");
        assertThat(comma("42")).isEqualByComparingTo("42");
    }

    @Test
    void pointDecimalTextIsNotACommaDecimalNumber() {
        assertThat(comma("1,234.50")).isNull(); // a point after the decimal comma
        assertThat(comma("12.50")).isNull();    // a point group needs three digits
        assertThat(comma("1,2,3")).isNull();    // two decimal commas
        assertThat(comma("12.5")).isNull();
    }

    @Test
    void pointDecimalReadingIsUnchanged() {
        assertThat(NumberText.parse("12,50")).isNull(); // the comma is a group here and needs three digits
        assertThat(NumberText.parse("1,234")).isEqualByComparingTo("1234");
        assertThat(NumberText.parse("1.234,50")).isEqualByComparingTo("1234.50"); // both separators, as before
        assertThat(NumberText.parse("1.234,50", NumberStyle.POINT_DECIMAL)).isEqualByComparingTo("1234.50");
        // but the strict point reading used by the vote does not switch
        assertThat(NumberText.parseStrict("1.234,50", NumberStyle.POINT_DECIMAL)).isNull();
    }

    @Test
    void theVoteTakesCommaDecimalOnlyWhenNothingSaysPointDecimal() {
        // a comma followed by one or two digits only reads as a decimal comma
        assertThat(vote("12,50", "3,5", "7")).isEqualTo(NumberStyle.COMMA_DECIMAL);
        // point or space groups before a comma
        assertThat(vote("1.234,50")).isEqualTo(NumberStyle.COMMA_DECIMAL);
        assertThat(vote("1 234,50", "2\u00A0000,00")).isEqualTo(NumberStyle.COMMA_DECIMAL);
        // two point groups cannot be a decimal point: German thousands
        assertThat(vote("1.234.567", "1.234")).isEqualTo(NumberStyle.COMMA_DECIMAL);
        // English values
        assertThat(vote("1,234.50", "12.5")).isEqualTo(NumberStyle.POINT_DECIMAL);
        assertThat(vote("1,234,567", "1,234")).isEqualTo(NumberStyle.POINT_DECIMAL);
    }

    @Test
    void ambiguousOrContradictoryColumnsKeepPointDecimal() {
        // "1,234" is 1234 (point decimal) or 1.234 (comma decimal); only such values: no evidence, the
        // default stays so English files read as they always did (1,234 = 1234)
        assertThat(vote("1,234", "5,000", "12")).isEqualTo(NumberStyle.POINT_DECIMAL);
        // "1.234" likewise: 1.234 or 1234; the default reads 1.234
        assertThat(vote("1.234", "2.500")).isEqualTo(NumberStyle.POINT_DECIMAL);
        // "12,50" says comma, "1,234.50" says point: contradictory, so no guess per cell; the
        // default stays and cells that do not fit are rejected with their reason
        assertThat(vote("12,50", "1,234.50")).isEqualTo(NumberStyle.POINT_DECIMAL);
        // "12,50" says comma, "12.50" says point
        assertThat(vote("12,50", "12.50")).isEqualTo(NumberStyle.POINT_DECIMAL);
        // numbers stored as numbers and text without separators do not vote
        assertThat(vote(new BigDecimal("12.5"), "12", "abc", null)).isEqualTo(NumberStyle.POINT_DECIMAL);
        // dates and addresses with points are not numbers either way
        assertThat(vote("05.03.2024", "192.168.1.1", "12,50")).isEqualTo(NumberStyle.COMMA_DECIMAL);
    }
}
