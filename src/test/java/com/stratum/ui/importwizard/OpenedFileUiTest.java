package com.stratum.ui.importwizard;

import com.stratum.ui.testsupport.StratumAppTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a .csv with Stratum (the file manager passes its path): the window opens with the import wizard on it. */
class OpenedFileUiTest extends StratumAppTest {

    private Path csv;

    @Override
    protected void beforeStart() throws Exception {
        csv = Files.writeString(temp.resolve("orders.csv"), "customer id,date,amount\nC1,2024-01-01,5\n");
    }

    @Override
    protected List<String> arguments() {
        return List.of(workspace.toString(), csv.toString());
    }

    @Test
    void theImportWizardOpensOnTheFile() {
        waitUntil(() -> lookup("#import-wizard").tryQuery().isPresent());
        assertThat(ctx().session().workspace().folder()).isEqualTo(workspace.toAbsolutePath().normalize());
        String title = fx(() -> ((javafx.stage.Stage) lookup("#import-wizard").query().getScene().getWindow()).getTitle());
        assertThat(title).contains("orders.csv");
        clickOn("#wizard-close");
        waitUntil(() -> lookup("#import-wizard").tryQuery().isEmpty());
    }
}
