package com.stratum.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdHashSetTest {

    @Test
    void countsDistinctIdsThroughGrowth() {
        IdHashSet set = new IdHashSet();
        // 20,000 adds of 7,000 distinct ids ("C0".."C6999"), each seen two or three times
        for (int i = 0; i < 20_000; i++) {
            set.add("C" + (i % 7_000));
        }
        assertThat(set.size()).isEqualTo(7_000);
        assertThat(set.contains("C6999")).isTrue();
        assertThat(set.contains("C7000")).isFalse();
        assertThat(set.add("")).isTrue();
        assertThat(set.add("")).isFalse();
        assertThat(set.size()).isEqualTo(7_001);
    }
}
