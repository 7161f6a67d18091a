package com.stratum.ui.shell;

import com.stratum.ui.data.DataRow;
import com.stratum.ui.testsupport.FakeServices;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's shell on the real app: workspace opened, Data rows paged in, navigation, theme, counts. */
class ShellUiTest extends StratumAppTest {

    @Test
    void dataShowsTheFirstRowsPagedIn() {
        TableView<DataRow> rows = node("#data-rows");
        waitUntil(() -> rows.getItems() != null && rows.getItems().size() == FakeServices.TRANSACTIONS_ROWS
                && rows.getItems().get(0).isLoaded());
        assertThat(fx(() -> rows.getItems().get(0).value(0))).isEqualTo("O0");
        // Only the first page (rows 0..499) was read to show the top of the table.
        assertThat(fake.pageOffsets()).containsOnly(0L);
        assertThat(fx(() -> rows.getColumns().size())).isEqualTo(5);
        assertThat(lookup("客户ID").tryQuery()).isPresent(); // the sheet's own header
        assertThat(lookup("Customer ID").tryQuery()).isPresent(); // and the role Stratum gave it

        onFx(() -> rows.scrollTo(1_233));
        waitUntil(() -> fake.pageOffsets().contains(1_000L));
        waitUntil(() -> lookup("O1233").tryQuery().isPresent());
    }

    @Test
    void switchingDatasetsNeverLeavesTheRowsTableWithoutItems() {
        // A null items list made the table's skin throw during layout and stay stuck on its placeholder.
        TableView<DataRow> rows = node("#data-rows");
        TableView<?> datasets = node("#data-datasets");
        waitUntil(() -> rows.getItems() != null && rows.getItems().size() == FakeServices.TRANSACTIONS_ROWS);
        java.util.List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        onFx(() -> rows.itemsProperty().addListener((o, a, now) -> seen.add(now == null ? "null" : now)));

        onFx(() -> datasets.getSelectionModel().select(1)); // customers: 7 rows in the fake workspace
        waitUntil(() -> rows.getItems().size() == 7 && rows.getItems().get(0).isLoaded());
        onFx(() -> datasets.getSelectionModel().select(0));
        waitUntil(() -> rows.getItems().size() == FakeServices.TRANSACTIONS_ROWS && rows.getItems().get(0).isLoaded());
        assertThat(seen).isNotEmpty().doesNotContain("null");
    }

    @Test
    void statusBarShowsWorkspaceAndCounts() {
        waitUntil(() -> !((Label) node("#status-customers")).getText().isEmpty());
        assertThat(((Label) node("#status-workspace")).getText()).isEqualTo("workspace");
        assertThat(((Label) node("#status-customers")).getText()).isEqualTo("7 customers");
        // 1,234 transaction rows + 7 customer rows
        assertThat(((Label) node("#status-rows")).getText()).isEqualTo("1,241 rows");
    }

    @Test
    void navigationShowsEachSection() {
        clickOn("#nav-segments");
        waitUntil(() -> lookup("#builder-view").tryQuery().isPresent());
        assertThat(((ToggleButton) node("#nav-segments")).isSelected()).isTrue();
        clickOn("#nav-whatif");
        waitUntil(() -> lookup("#whatif-view").tryQuery().isPresent());
        clickOn("#nav-data");
        waitUntil(() -> lookup("#data-view").tryQuery().isPresent());
        assertThat(ctx().navigation().current()).isEqualTo(Section.DATA);
    }

    @Test
    void switchesToChineseFromTheViewMenu() {
        clickOn("View").clickOn("Language").clickOn("中文（简体）");
        waitUntil(() -> ((ToggleButton) node("#nav-data")).getText().equals("数据"));
        MenuBar bar = node("#menu-bar");
        assertThat(fx(() -> bar.getMenus().stream().map(m -> m.getText()).toList()))
                .containsExactly("文件", "编辑", "视图", "帮助");
        assertThat(lookup("文件").tryQuery()).isPresent();
        assertThat(((ToggleButton) node("#nav-segments")).getText()).isEqualTo("分群");
        // remembered for the next start
        assertThat(home.resolve("preferences.json")).content().contains("\"zh_CN\"");
    }

    @Test
    void switchesTheme() {
        onFx(() -> ctx().prefs().themeProperty().set(com.stratum.ui.theme.AppTheme.DARK));
        assertThat(fx(() -> node("#main-window").getPseudoClassStates()))
                .contains(com.stratum.ui.theme.ThemeManager.DARK);
        onFx(() -> ctx().prefs().themeProperty().set(com.stratum.ui.theme.AppTheme.LIGHT));
        assertThat(fx(() -> node("#main-window").getPseudoClassStates()))
                .doesNotContain(com.stratum.ui.theme.ThemeManager.DARK);
    }
}
