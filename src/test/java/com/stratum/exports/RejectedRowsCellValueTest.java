package com.stratum.exports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Which raw cells of a rejected row go back to Excel as numbers: only those Excel shows as the same text. */
class RejectedRowsCellValueTest {

    @Test
    void plainNumbersBecomeNumbers() {
        assertThat(RejectedRowsExport.cellValue("3")).isEqualTo(new BigDecimal("3"));
        assertThat(RejectedRowsExport.cellValue("-27.5")).isEqualTo(new BigDecimal("-27.5"));
        assertThat(RejectedRowsExport.cellValue("0.000000001")).isEqualTo(new BigDecimal("0.000000001")); // 9 decimals
        assertThat(RejectedRowsExport.cellValue("123456789012345")).isEqualTo(new BigDecimal("123456789012345"));
    }

    @Test
    void textThatANumberWouldChangeStaysText() {
        assertThat(RejectedRowsExport.cellValue("00123")).isEqualTo("00123"); // leading zeros
        assertThat(RejectedRowsExport.cellValue("1.10")).isEqualTo("1.10"); // Excel shows 1.1
        assertThat(RejectedRowsExport.cellValue("17850.0")).isEqualTo("17850.0"); // Excel shows 17850
        assertThat(RejectedRowsExport.cellValue("1234567890123456")).isEqualTo("1234567890123456"); // 16 digits
        assertThat(RejectedRowsExport.cellValue("-0.000000000049")).isEqualTo("-0.000000000049"); // 12 decimals: 4.9E-11
        assertThat(RejectedRowsExport.cellValue("1E+3")).isEqualTo("1E+3");
        assertThat(RejectedRowsExport.cellValue("n/a")).isEqualTo("n/a");
        assertThat(RejectedRowsExport.cellValue(null)).isNull();
    }
}
