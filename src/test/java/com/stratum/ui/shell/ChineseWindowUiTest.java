package com.stratum.ui.shell;

import com.stratum.ui.results.SegmentTableRow;
import com.stratum.ui.service.AppServices;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's language check on the real layers: the sample workspace, rfm-standard run in English,
 * then the language switched to Chinese from the View menu while the run is on screen: the main
 * menus, the Results chart titles, the stored run's segment names and its date follow at once.
 * Expected texts are the Chinese bundle entries as a translator wrote them (ui, views, templates).
 */
class ChineseWindowUiTest extends StratumAppTest {

    @Override
    protected AppServices services() {
        return null; // the real services
    }

    @Override
    protected List<String> arguments() {
        return List.of(); // first launch: the sample workspace
    }

    @Test
    void switchingToChineseTranslatesMenusChartsAndTheStoredRun() {
        clickOn("#nav-segments");
        TextField name = node("#definition-name");
        waitUntil(() -> "rfm-standard".equals(name.getText()));
        waitUntil(() -> ((Label) node("#builder-totals")).getText().contains("customers"));
        clickOn("#builder-run");
        waitUntil(() -> lookup("#segment-table").tryQuery().isPresent() || !dialogs.errors().isEmpty());
        TableView<SegmentTableRow> table = node("#segment-table");
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(fx(() -> table.getItems().stream().map(SegmentTableRow::name).toList())).contains("Champions");
        assertThat(lookup("Segment sizes").tryQuery()).isPresent();

        clickOn("View").clickOn("Language").clickOn("中文（简体）");
        waitUntil(() -> ((ToggleButton) node("#nav-data")).getText().equals("数据"));

        MenuBar bar = node("#menu-bar");
        assertThat(fx(() -> bar.getMenus().stream().map(m -> m.getText()).toList()))
                .containsExactly("文件", "编辑", "视图", "帮助");
        // still on Results, rebuilt in Chinese: chart titles (views bundle chart.sizes/revenue.title)
        assertThat(ctx().navigation().current()).isEqualTo(Section.RESULTS);
        waitUntil(() -> lookup("#segment-table").tryQuery().isPresent());
        waitUntil(() -> lookup("分群规模").tryQuery().isPresent());
        assertThat(lookup("各分群收入").tryQuery()).isPresent();
        // the run kept from before the switch: segment names from the templates bundle
        TableView<SegmentTableRow> zhTable = node("#segment-table");
        waitUntil(() -> !zhTable.getItems().isEmpty());
        assertThat(fx(() -> zhTable.getItems().stream().map(SegmentTableRow::name).toList()))
                .contains("冠军客户").doesNotContain("Champions");
        // its title and date, written the Chinese way (views_zh_CN: template.rfm-standard=RFM（标准分群）);
        // the sample's last day is 2025-06-30, so as of 2025-07-01
        assertThat(lookup((Label l) -> l.getText() != null && l.getText().startsWith("RFM（标准分群） — 截至 2025")
                && l.getText().contains("7") && !l.getText().contains("Jul")).tryQuery()).isPresent();
    }
}
