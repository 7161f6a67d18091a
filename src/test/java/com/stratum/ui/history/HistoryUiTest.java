package com.stratum.ui.history;

import com.stratum.ui.data.DataRow;
import com.stratum.ui.service.AppServices;
import com.stratum.ui.testsupport.StratumAppTest;
import com.stratum.workspace.RunInfo;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History on the sample workspace: the quarter-end re-runs are kept as runs; comparing two selected
 * runs shows them in the From / To boxes and as the heading "Run A → Run B" (older first), with
 * dates in the locale's medium style.
 */
class HistoryUiTest extends StratumAppTest {

    @Override
    protected AppServices services() {
        return null; // the real services
    }

    @Override
    protected List<String> arguments() {
        return List.of();
    }

    @Test
    void comparingTwoRunsShowsWhichRunsAreCompared() {
        TableView<DataRow> rows = node("#data-rows");
        waitUntil(() -> rows.getItems() != null && !rows.getItems().isEmpty() && rows.getItems().get(0).isLoaded());
        clickOn("#nav-history");
        ComboBox<String> definition = node("#history-definition");
        waitUntil(() -> definition.getItems().contains("rfm-standard"));
        onFx(() -> definition.setValue("rfm-standard"));
        Button rerun = node("#history-rerun");
        waitUntil(() -> !rerun.isDisabled());
        clickOn("#history-rerun");
        TableView<RunInfo> runs = node("#history-runs");
        waitUntil(() -> runs.getItems().size() >= 2 && !rerun.isDisabled());

        RunInfo newer = fx(() -> runs.getItems().get(0));
        RunInfo older = fx(() -> runs.getItems().get(runs.getItems().size() - 1));
        assertThat(older.id()).isLessThan(newer.id());
        onFx(() -> {
            runs.getSelectionModel().clearSelection();
            runs.getSelectionModel().select(0);
            runs.getSelectionModel().select(runs.getItems().size() - 1);
        });
        clickOn("#history-compare-runs");
        // "Run 1: RFM (standard segments) v0, as of Apr 1, 2024": the template's title and a medium date
        String olderLabel = "Run " + older.id() + ": RFM (standard segments) v" + older.definitionVersion() + ", as of "
                + java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH).format(older.asOf());
        ComboBox<String> from = node("#history-from");
        ComboBox<String> to = node("#history-to");
        waitUntil(() -> olderLabel.equals(from.getValue()));
        assertThat(fx(to::getValue)).startsWith("Run " + newer.id() + ": ");
        Label heading = node("#history-comparison-heading");
        waitUntil(() -> heading.getText().equals(olderLabel + " → " + fx(to::getValue)));
    }
}
