package com.stratum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.imports.ImportOptions;
import com.stratum.imports.Importer;
import com.stratum.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `--password` and `--password-file` open encrypted workspaces from the CLI; every password problem exits 2. */
class WorkspacePasswordCliTest {

    /** Spaces and Chinese: the first line of the file is the password as it is, not trimmed or split. */
    private static final String PASSWORD = "correct horse 电池 staple";

    @TempDir
    Path dir;
    @RegisterExtension
    final CliRun cli = new CliRun();
    private final ObjectMapper json = new ObjectMapper();

    private Path lines;
    private Path encrypted;
    private Path passwordFile;

    @BeforeEach
    void encryptedWorkspaceWithOneDataset() throws Exception {
        // customers A1 (two lines) and A2 (one line): 3 rows, 2 customers
        lines = dir.resolve("lines.csv");
        Files.writeString(lines, "customer id,order id,date,amount\n"
                + "A1,X1,2024-01-31,100.50\nA2,X2,2024-02-01,20\nA1,X3,2024-03-01,5\n");
        encrypted = dir.resolve("secret");
        try (Workspace ws = Workspace.open(encrypted, PASSWORD.toCharArray())) {
            Importer.run(ws, lines, new ImportOptions(), null);
        }
        assertThat(Workspace.isEncrypted(encrypted)).isTrue();
        passwordFile = dir.resolve("pw.txt");
        // a line break after the password, and a second line that is not part of it
        Files.writeString(passwordFile, PASSWORD + "\nnot the password\n", StandardCharsets.UTF_8);
    }

    @Test
    void withoutAPasswordInfoSaysHowToGiveOne() {
        assertThat(cli.runFresh("info", "--workspace", encrypted.toString())).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("is encrypted: a password is needed to open it.")
                .contains("Give it with --password or --password-file FILE.");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void passwordFileOpensTheWorkspace() throws Exception {
        assertThat(cli.runFresh("info", "--workspace", encrypted.toString(), "--password-file", passwordFile.toString()))
                .as(cli.err()).isEqualTo(0);
        JsonNode info = json.readTree(cli.out());
        assertThat(info.get("datasets")).hasSize(1);
        assertThat(info.get("datasets").get(0).get("rows").asLong()).isEqualTo(3);
        assertThat(info.get("customers").asLong()).isEqualTo(2);
    }

    @Test
    void passwordFileWithWindowsLineBreakAndByteOrderMarkOpensTheWorkspace() throws Exception {
        Path notepad = dir.resolve("notepad.txt");
        Files.write(notepad, ("\uFEFF" + PASSWORD + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(cli.runFresh("definitions", "--workspace", encrypted.toString(), "--password-file", notepad.toString()))
                .as(cli.err()).isEqualTo(0);
    }

    @Test
    void wrongPasswordExits2() throws Exception {
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "correct horse 电池 stapler\n");
        assertThat(cli.runFresh("info", "--workspace", encrypted.toString(), "--password-file", wrong.toString()))
                .isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("Wrong password for the workspace");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void passwordForAPlainWorkspaceExits2() throws Exception {
        Path plain = dir.resolve("plain");
        assertThat(cli.runFresh("import", lines.toString(), "--workspace", plain.toString())).isEqualTo(0);
        assertThat(cli.runFresh("features", "--workspace", plain.toString(), "--password-file", passwordFile.toString()))
                .isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("is not encrypted").contains("Leave out --password and --password-file.");
    }

    @Test
    void missingPasswordFileExits2NamingIt() {
        Path missing = dir.resolve("no-such-password.txt");
        assertThat(cli.runFresh("info", "--workspace", encrypted.toString(), "--password-file", missing.toString()))
                .isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("Cannot read the password file " + missing + ": there is no such file.");
    }

    @Test
    void emptyPasswordFileExits2() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "\nsecond line\n");
        assertThat(cli.runFresh("import", lines.toString(), "--workspace", dir.resolve("new").toString(),
                "--password-file", empty.toString())).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("The password file " + empty + " is empty");
        // nothing created: an empty password must not silently make a plain workspace
        assertThat(Workspace.exists(dir.resolve("new"))).isFalse();
    }

    @Test
    void bothOptionsExit2() {
        assertThat(cli.runFresh("info", "--workspace", encrypted.toString(), "--password-file", passwordFile.toString(),
                "--password=" + PASSWORD)).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("either --password or --password-file");
    }

    @Test
    void importWithAPasswordCreatesAnEncryptedWorkspace() throws Exception {
        Path created = dir.resolve("created");
        assertThat(cli.runFresh("import", lines.toString(), "--workspace", created.toString(),
                "--password-file", passwordFile.toString())).as(cli.err()).isEqualTo(0);
        assertThat(Workspace.isEncrypted(created)).isTrue();

        assertThat(cli.runFresh("features", "--workspace", created.toString(), "--as-of", "2024-12-31",
                "--password-file", passwordFile.toString())).as(cli.err()).isEqualTo(0);
        assertThat(json.readTree(cli.out()).get("customers").asInt()).isEqualTo(2);

        assertThat(cli.runFresh("features", "--workspace", created.toString())).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("Give it with --password or --password-file FILE.");
    }

    @Test
    void segmentCompareAndPredictTakeThePasswordToo() throws Exception {
        String pw = passwordFile.toString();
        Path seg = dir.resolve("seg.csv");
        assertThat(cli.runFresh("segment", "--workspace", encrypted.toString(), "--definition", "rfm-standard",
                "--as-of", "2024-12-31", "--export", seg.toString(), "--password-file", pw)).as(cli.err()).isEqualTo(0);
        // a header and one row for each of the 2 customers
        assertThat(Files.readAllLines(seg)).hasSize(3);
        Path cmp = dir.resolve("cmp.csv");
        assertThat(cli.runFresh("compare", "--workspace", encrypted.toString(), "--baseline", "rfm-r",
                "--scenario", "rfm-standard", "--baseline-as-of", "2024-12-31", "--scenario-as-of", "2024-12-31",
                "--export", cmp.toString(), "--password-file", pw)).as(cli.err()).isEqualTo(0);
        assertThat(cli.runFresh("predict", "--workspace", encrypted.toString(), "--export",
                dir.resolve("p.csv").toString())).isEqualTo(StratumCli.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("Give it with --password or --password-file FILE.");
    }

    @Test
    void passwordAloneReadsTheFirstLineOfStdinWithoutAConsole() throws Exception {
        // surefire runs without a console, so --password alone reads stdin, as in `echo pw | stratum ...`
        InputStream oldIn = System.in;
        System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(Charset.defaultCharset())));
        try {
            assertThat(cli.runFresh("info", "--workspace", encrypted.toString(), "--password")).as(cli.err()).isEqualTo(0);
        } finally {
            System.setIn(oldIn);
        }
        // the prompt goes to stderr: stdout is exactly the JSON a script reads
        assertThat(json.readTree(cli.out()).get("customers").asLong()).isEqualTo(2);
        assertThat(cli.out()).startsWith("{");
        assertThat(cli.err()).contains("Workspace password (the first line of stdin):" + System.lineSeparator());
    }

    @Test
    void passwordValueOnTheCommandLineOpensTheWorkspace() {
        assertThat(cli.runFresh("info", "--workspace", encrypted.toString(), "--password", PASSWORD))
                .as(cli.err()).isEqualTo(0);
    }

    @Test
    void firstLineStopsAtEitherLineBreak() throws Exception {
        assertThat(WorkspacePassword.firstLine(new StringReader("a b\r\nc"))).containsExactly('a', ' ', 'b');
        assertThat(WorkspacePassword.firstLine(new StringReader("x\ny"))).containsExactly('x');
        assertThat(WorkspacePassword.firstLine(new StringReader(""))).isEmpty();
        // longer than the first buffer (64 chars)
        String longOne = "p".repeat(200);
        assertThat(new String(WorkspacePassword.firstLine(new StringReader(longOne + "\n")))).isEqualTo(longOne);
    }

    @Test
    void neitherOptionGivesNoPasswordAndBothAreRejected() {
        WorkspacePassword p = new WorkspacePassword();
        assertThat(p.read()).isNull();
        p.password = "abc".toCharArray();
        p.passwordFile = passwordFile;
        assertThatThrownBy(p::read).isInstanceOf(BadInputException.class);
    }
}
