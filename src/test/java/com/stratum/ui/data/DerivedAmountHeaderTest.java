package com.stratum.ui.data;

import com.stratum.ui.i18n.Localization;
import com.stratum.ui.service.DatasetColumn;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The derived amount keeps one neutral stored name; the Data view shows it in the window's language. */
class DerivedAmountHeaderTest {

    @Test
    void theDerivedAmountIsShownInTheWindowsLanguageOtherHeadersAsInTheSheet() {
        DatasetColumn derived = new DatasetColumn(5, "Amount (quantity x unit price)", "DECIMAL", "amount");
        DatasetColumn sheetAmount = new DatasetColumn(3, "金额", "DECIMAL", "amount");
        DatasetColumn sameTextOtherRole = new DatasetColumn(6, "Amount (quantity x unit price)", "TEXT", null);

        Localization zh = new Localization(Locale.SIMPLIFIED_CHINESE);
        assertThat(DataView.headerText(derived, zh)).isEqualTo("金额（数量 × 单价）");
        assertThat(DataView.headerText(sheetAmount, zh)).isEqualTo("金额");
        assertThat(DataView.headerText(sameTextOtherRole, zh)).isEqualTo("Amount (quantity x unit price)");

        Localization en = new Localization(Locale.ENGLISH);
        assertThat(DataView.headerText(derived, en)).isEqualTo("Amount (quantity x unit price)");
    }
}
