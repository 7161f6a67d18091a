package com.stratum.ui.prefs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowGeometryTest {

    @Test
    void firstWindowIsEightyPercentOfTheScreenButAtLeast1280x800WhereThatFits() {
        // 1920x1040 usable (a 40 px panel): 80% is 1536x832
        WindowGeometry big = WindowGeometry.firstLaunch(1920, 1040);
        assertThat(big.width()).isEqualTo(1536);
        assertThat(big.height()).isEqualTo(832);
        assertThat(big.hasPosition()).isFalse();
        // 1440x900: 80% would be 1152x720, below the minimum, which fits: 1280x800
        WindowGeometry mid = WindowGeometry.firstLaunch(1440, 900);
        assertThat(mid.width()).isEqualTo(1280);
        assertThat(mid.height()).isEqualTo(800);
        // 1366x728 (a laptop with a panel): 1280 wide fits, 800 high does not -> the whole height
        WindowGeometry small = WindowGeometry.firstLaunch(1366, 728);
        assertThat(small.width()).isEqualTo(1280);
        assertThat(small.height()).isEqualTo(728);
        // 3840x2160: 3072x1728
        assertThat(WindowGeometry.firstLaunch(3840, 2160).width()).isEqualTo(3072);
    }
}
