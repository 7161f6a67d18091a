package com.stratum.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workspace created with a password keeps customer data unreadable on disk (H2 AES file
 * encryption), opens again with the password, and refuses a wrong or missing one with a clear message.
 */
class WorkspaceEncryptionTest {

    /** A customer id and name that could not occur in a file by chance. */
    static final String CUSTOMER_ID = "CUST-8841-QXZV-7723";
    static final String CUSTOMER_NAME = "王小明测试客户";
    static final char[] PASSWORD = "correct horse 电池 staple".toCharArray();

    @TempDir
    Path tmp;

    @Test
    void encryptedWorkspaceRoundTripsAndItsFilesHoldNoCustomerId() throws Exception {
        Path folder = tmp.resolve("secret");
        try (Workspace ws = Workspace.open(folder, PASSWORD.clone())) {
            assertThat(ws.isEncrypted()).isTrue();
            writeCustomer(ws);
        }
        assertThat(Workspace.isEncrypted(folder)).isTrue();
        assertThat(occurrences(folder)).as("places where the customer id or name is readable").isEmpty();

        try (Workspace ws = Workspace.open(folder, PASSWORD.clone())) {
            assertThat(readCustomer(ws)).isEqualTo(CUSTOMER_ID + "|" + CUSTOMER_NAME);
        }
    }

    /** The same search finds the id in a plain workspace: the encrypted case above could fail. */
    @Test
    void plainWorkspaceFileDoesShowTheCustomerId() throws Exception {
        Path folder = tmp.resolve("plain");
        try (Workspace ws = Workspace.open(folder)) {
            assertThat(ws.isEncrypted()).isFalse();
            writeCustomer(ws);
        }
        assertThat(Workspace.isEncrypted(folder)).isFalse();
        assertThat(occurrences(folder)).anySatisfy(o -> assertThat(o).contains("UTF-8 id"));
    }

    @Test
    void wrongPasswordGetsAClearMessageAndDamagesNothing() throws Exception {
        Path folder = tmp.resolve("secret");
        try (Workspace ws = Workspace.open(folder, PASSWORD.clone())) {
            writeCustomer(ws);
        }
        assertThatThrownBy(() -> Workspace.open(folder, "correct horse".toCharArray()))
                .isInstanceOfSatisfying(WorkspacePasswordException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspacePasswordException.Reason.WRONG_PASSWORD))
                .hasMessage("Wrong password for the workspace " + folder.toAbsolutePath() + ".");
        try (Workspace ws = Workspace.open(folder, PASSWORD.clone())) {
            assertThat(readCustomer(ws)).isEqualTo(CUSTOMER_ID + "|" + CUSTOMER_NAME);
        }
    }

    /**
     * H2 cuts its password at the first space; the whole password must count, so the part before the
     * space ("correct") alone must not open the workspace.
     */
    @Test
    void theWholePasswordCountsNotJustItsFirstWord() throws Exception {
        Path folder = tmp.resolve("secret");
        try (Workspace ws = Workspace.open(folder, PASSWORD.clone())) {
            writeCustomer(ws);
        }
        assertThatThrownBy(() -> Workspace.open(folder, "correct".toCharArray()))
                .isInstanceOf(WorkspacePasswordException.class);
    }

    @Test
    void encryptedWorkspaceWithoutPasswordSaysOneIsNeeded() throws Exception {
        Path folder = tmp.resolve("secret");
        try (Workspace ws = Workspace.open(folder, PASSWORD.clone())) {
            writeCustomer(ws);
        }
        for (char[] none : new char[][] {null, new char[0]}) {
            assertThatThrownBy(() -> Workspace.open(folder, none))
                    .isInstanceOfSatisfying(WorkspacePasswordException.class,
                            e -> assertThat(e.reason()).isEqualTo(WorkspacePasswordException.Reason.PASSWORD_NEEDED))
                    .hasMessage("The workspace " + folder.toAbsolutePath() + " is encrypted: a password is needed to open it.");
        }
    }

    @Test
    void plainWorkspaceOpenedWithAPasswordIsRefusedRatherThanLeftUnprotected() {
        Path folder = tmp.resolve("plain");
        Workspace.open(folder).close();
        assertThatThrownBy(() -> Workspace.open(folder, PASSWORD.clone()))
                .isInstanceOfSatisfying(WorkspacePasswordException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspacePasswordException.Reason.NOT_ENCRYPTED))
                .hasMessageContaining("is not encrypted");
    }

    @Test
    void theCallersPasswordArrayIsLeftAsItWas() {
        char[] pw = PASSWORD.clone();
        Workspace.open(tmp.resolve("secret"), pw).close();
        assertThat(pw).isEqualTo(PASSWORD);
    }

    /** Like an import: a dataset row, its columns and its table DS_n with the customer id and name as TEXT. */
    static void writeCustomer(Workspace ws) throws SQLException {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO dataset(id, name, kind, source_file, sheet, table_name, rows_read, rows_imported, "
                    + "rows_rejected, imported_at) VALUES (1, 'customers', 'customers', 'customers.xlsx', 'Sheet1', "
                    + "'DS_1', 1, 1, 0, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO dataset_column(dataset_id, ordinal, header, sql_name, data_type, role) VALUES"
                    + " (1, 1, 'id', 'C1', 'TEXT', 'customer_id'), (1, 2, 'name', 'C2', 'TEXT', NULL)");
            s.execute(ChunkFormat.createTable("DS_1"));
            ChunkEncoder enc = new ChunkEncoder(List.of(DataType.TEXT, DataType.TEXT));
            enc.add(2, new Object[] {CUSTOMER_ID, CUSTOMER_NAME}, 0);
            try (PreparedStatement ps = c.prepareStatement(ChunkFormat.insert("DS_1"))) {
                ps.setLong(1, 0);
                ps.setInt(2, 1);
                ps.setBytes(3, enc.finish());
                ps.executeUpdate();
            }
        }
    }

    static String readCustomer(Workspace ws) {
        RowPage page = new DatasetRepository(ws).page(1, 0, 10);
        assertThat(page.rows()).hasSize(1);
        return page.rows().get(0).get(0) + "|" + page.rows().get(0).get(1);
    }

    /** Every file in the folder, searched for the id and the name in the encodings a database may use. */
    static List<String> occurrences(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("files of the workspace").isNotEmpty();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                if (indexOf(bytes, CUSTOMER_ID.getBytes(cs)) >= 0) {
                    found.add(f.getFileName() + ": " + cs + " id");
                }
                if (indexOf(bytes, CUSTOMER_NAME.getBytes(cs)) >= 0) {
                    found.add(f.getFileName() + ": " + cs + " name");
                }
            }
        }
        return found;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
