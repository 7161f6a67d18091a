package com.stratum.ui.results;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.MoneyColumn;
import com.stratum.features.NumericColumn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells as the analyst reads them: shares as percent, levels by label, money grouped with 2 decimals. */
class CellFormatTest {

    private final CellFormat en = new CellFormat(Locale.ENGLISH);
    private final CellFormat zh = new CellFormat(Locale.SIMPLIFIED_CHINESE);

    @Test
    void sharesAreShownAsPercentWithOneDecimal() {
        NumericColumn online = new NumericColumn("online_share", new double[] {0.05, 1, 0.004});
        assertThat(en.cell(online, 0)).isEqualTo("5.0%");
        assertThat(en.cell(online, 1)).isEqualTo("100.0%");
        // a small return rate (4 of 1,000 returned) must not read as 0
        assertThat(en.cell(new NumericColumn("return_rate", new double[] {0.004}), 0)).isEqualTo("0.4%");
        // other numbers stay numbers
        assertThat(en.cell(new NumericColumn("returns", new double[] {1}), 0)).isEqualTo("1");
    }

    @Test
    void derivedLevelsShowTheirLabels() {
        CategoricalColumn kind = new CategoricalColumn("channel_type", new int[] {0, 2},
                List.of("online_only", "offline_only", "omni_channel"));
        assertThat(en.cell(kind, 0)).isEqualTo("Online only");
        assertThat(en.cell(kind, 1)).isEqualTo("Omni-channel");
        assertThat(zh.cell(kind, 1)).isEqualTo("全渠道");
        // a level with no label (a customer's own city) stays as stored
        assertThat(en.level("city", "Leeds")).isEqualTo("Leeds");
    }

    @Test
    void moneyIsGroupedWithTwoDecimalsAndAveragesHaveOne() {
        assertThat(en.cell(new MoneyColumn("monetary", new long[] {13082360}), 0)).isEqualTo("130,823.60");
        assertThat(en.average(184.2249)).isEqualTo("184.2");
        assertThat(en.average(0)).isEqualTo("0.0");
    }
}
