package com.stratum.workspace;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.stratum.workspace.WorkspaceFixture.col;
import static org.assertj.core.api.Assertions.assertThat;

/** The export choices remembered per definition, and the personal columns read for an export. */
class ExportRepositoriesTest {

    @TempDir
    Path dir;
    Workspace ws;
    WorkspaceFixture fx;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"));
        fx = new WorkspaceFixture(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void exportChoicesAreRememberedPerDefinitionAndSurviveReopening() {
        ExportPreferencesRepository prefs = new ExportPreferencesRepository(ws);
        assertThat(prefs.find("rfm-standard")).isEmpty();
        prefs.save("rfm-standard", new ExportPreferences(List.of("segment", "monetary", "email"), "mask"));
        prefs.save("价值分层", new ExportPreferences(List.of("tier"), "omit"));
        prefs.save("rfm-standard", new ExportPreferences(List.of("segment", "email"), "mask")); // replaces
        ws.close();
        ws = Workspace.open(dir.resolve("ws"));
        prefs = new ExportPreferencesRepository(ws);
        assertThat(prefs.find("rfm-standard")).contains(new ExportPreferences(List.of("segment", "email"), "mask"));
        assertThat(prefs.find("价值分层")).contains(new ExportPreferences(List.of("tier"), "omit"));
    }

    @Test
    void personalColumnsLineUpWithTheCallersIdsAndTheLaterSheetWins() throws Exception {
        assertThat(new PersonalColumnsRepository(ws).availableRoles()).isEmpty();
        fx.dataset("first", "customers", new WorkspaceFixture.Col[] {col("ID", "TEXT", "customer_id"),
                        col("Name", "TEXT", "name"), col("Mail", "TEXT", "email"), col("City", "TEXT", "city")},
                new String[] {"'c1'", "'张伟'", "'zw@example.com'", "'上海'"},
                new String[] {"'c2'", "'Bo'", "NULL", "'北京'"},
                new String[] {"'c9'", "'Not in the run'", "'x@example.com'", "NULL"});
        fx.dataset("second", "customers", new WorkspaceFixture.Col[] {col("Member", "TEXT", "customer_id"),
                        col("Mobile", "TEXT", "phone"), col("Mail", "TEXT", "email")},
                new String[] {"'3'", "'13812345678'", "'three@example.com'"},
                new String[] {"'c2'", "NULL", "'bo@example.com'"},
                new String[] {"'c1'", "NULL", "'new@example.com'"});
        PersonalColumnsRepository repo = new PersonalColumnsRepository(ws);
        assertThat(repo.availableRoles()).containsExactly(ColumnRole.NAME, ColumnRole.EMAIL, ColumnRole.PHONE);

        String[] ids = {"3", "c1", "c2", "c4"};
        Map<ColumnRole, String[]> cols = repo.load(ids, Set.of(ColumnRole.NAME, ColumnRole.EMAIL, ColumnRole.PHONE,
                ColumnRole.ADDRESS));
        assertThat(cols.keySet()).containsExactly(ColumnRole.NAME, ColumnRole.EMAIL, ColumnRole.PHONE);
        assertThat(cols.get(ColumnRole.NAME)).containsExactly(null, "张伟", "Bo", null);
        // c2 has no e-mail in the first sheet, the second gives one; the second replaces c1's; 3 is only there
        assertThat(cols.get(ColumnRole.EMAIL)).containsExactly("three@example.com", "new@example.com",
                "bo@example.com", null);
        assertThat(cols.get(ColumnRole.PHONE)).containsExactly("13812345678", null, null, null);
        assertThat(repo.load(ids, Set.of(ColumnRole.CITY))).isEmpty(); // not a personal role
    }
}
