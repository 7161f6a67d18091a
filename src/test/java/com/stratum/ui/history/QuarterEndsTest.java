package com.stratum.ui.history;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterEndsTest {

    @Test
    void everyQuarterEndFromTheFirstQuarterToTheLastDate() {
        // data from 2024-02-10 to 2024-12-31: quarter ends 03-31, 06-30, 09-30, 12-31
        assertThat(QuarterEnds.between(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 12, 31))).containsExactly(
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 12, 31));
        // a last date inside a quarter leaves that quarter out
        assertThat(QuarterEnds.between(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 6, 29)))
                .containsExactly(LocalDate.of(2024, 3, 31));
    }
}
