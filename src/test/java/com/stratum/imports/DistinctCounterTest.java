package com.stratum.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctCounterTest {

    @Test
    void countsDistinctValuesThroughGrowth() {
        DistinctCounter c = new DistinctCounter();
        // 20,000 adds of 7,000 distinct ids ("C0".."C6999"), each seen two or three times
        for (int i = 0; i < 20_000; i++) {
            c.add("C" + (i % 7_000));
        }
        assertThat(c.count()).isEqualTo(7_000);
        c.add("");
        c.add("");
        assertThat(c.count()).isEqualTo(7_001);
    }
}
