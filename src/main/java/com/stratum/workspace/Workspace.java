package com.stratum.workspace;

import org.h2.api.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Properties;

/**
 * One analysis: an embedded H2 database in a folder. H2 runs in embedded mode only (no TCP
 * server, no web console), so opening a workspace opens no listening socket. The file lock
 * keeps a second process out with a clear message rather than a corrupted file. A workspace may
 * be encrypted with a password (H2 AES file encryption), see {@link #open(Path, char[])}.
 */
public final class Workspace implements AutoCloseable {

    static {
        // H2's shared value cache (h2.objectCache, on by default) hashes every string and number
        // it creates to share equal values. For our work, bulk imports and full scans for features,
        // the hashing costs more than the sharing saves: off, the 541,909-row benchmark import
        // needs about 0.8 CPU s less and feature building is no slower (docs/PERFORMANCE.md).
        // Must be set before H2's classes load; an explicit -Dh2.objectCache wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    /** Base name of the H2 database inside the workspace folder (H2 adds `.mv.db`). */
    public static final String DB_NAME = "stratum";

    /** The file in a workspace folder that file managers open with Stratum (see {@link #folderOf(Path)}). */
    public static final String FILE_NAME = "workspace.stratum";

    /** H2 writes this header at the start of a file encrypted with CIPHER=AES (FilePathEncrypt). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String USER = "stratum";
    private static final char[] USER_PASSWORD = USER.toCharArray();

    private final Path folder;
    private final String url;
    /** H2's "filePassword userPassword" for encrypted workspaces, else the user password; copied per use. */
    private final char[] password;
    private final boolean encrypted;
    private final Connection keeper;

    private Workspace(Path folder, String url, char[] password, boolean encrypted, Connection keeper) {
        this.folder = folder;
        this.url = url;
        this.password = password;
        this.encrypted = encrypted;
        this.keeper = keeper;
    }

    /** Opens (creating if needed) the workspace in {@code folder} and brings its schema up to date. */
    public static Workspace open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens the workspace in {@code folder}, creating it if needed. With a non-empty
     * {@code filePassword} a new workspace is created encrypted (H2 AES file encryption: the
     * whole file, data and indexes, is unreadable without the password) and an existing one must
     * be encrypted with that password. With {@code null} or an empty password the workspace must
     * be a plain one; use {@link #isEncrypted(Path)} to know whether to ask for a password.
     *
     * @throws WorkspacePasswordException when a password is needed, wrong, or given for a plain workspace
     * @throws WorkspaceLockedException   when another process has the workspace open
     */
    public static Workspace open(Path folder, char[] filePassword) {
        Objects.requireNonNull(folder, "folder");
        Path abs = folderOf(folder); // a double-clicked workspace.stratum means its folder
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + abs + ": " + e.getMessage(), e);
        }
        boolean encrypted = filePassword != null && filePassword.length > 0;
        if (exists(abs)) {
            boolean fileEncrypted = isEncrypted(abs);
            if (fileEncrypted && !encrypted) {
                throw new WorkspacePasswordException(WorkspacePasswordException.Reason.PASSWORD_NEEDED,
                        "The workspace " + abs + " is encrypted: a password is needed to open it.", null);
            }
            if (!fileEncrypted && encrypted) {
                throw new WorkspacePasswordException(WorkspacePasswordException.Reason.NOT_ENCRYPTED,
                        "The workspace " + abs + " is not encrypted: open it without a password.", null);
            }
        }
        // FILE_LOCK=FILE: a second process gets ErrorCode.DATABASE_ALREADY_OPEN_1 instead of sharing the file.
        // WRITE_DELAY=0: a commit is on disk when commit() returns; with H2's default (500 ms) a crash
        // just after "import done" loses that import (WorkspaceCrashSafetyTest). Big imports are one
        // transaction, so this costs them nothing.
        // TRACE_LEVEL_FILE=0: no stratum.trace.db beside the database; H2's error texts can quote row
        // values, and a trace file is never encrypted.
        String url = "jdbc:h2:file:" + abs.resolve(DB_NAME)
                + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + (encrypted ? ";CIPHER=AES" : "");
        char[] pw = encrypted ? h2Password(filePassword) : USER_PASSWORD.clone();
        try {
            Connection c = connect(url, pw);
            try {
                new SchemaMigrations().migrate(c);
                if (SchemaMigrations.compactionPending(c)) {
                    c = compacted(c, url, pw);
                    SchemaMigrations.compactionDone(c);
                }
                writeOpenFile(abs);
            } catch (RuntimeException | SQLException e) {
                try {
                    c.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            return new Workspace(abs, url, pw, encrypted, c);
        } catch (SQLException e) {
            throw translate(abs, e, encrypted);
        }
    }

    /**
     * Compacts the database file and connects again. H2 reuses freed space but gives it back to the
     * file system only when compacting, and a migration that rewrote the datasets freed most of the
     * file (a 1 GB workspace of 10 million rows became 170 MB, in about 2 s). It is the compaction H2
     * runs for up to 200 ms at every close, here without the time limit.
     */
    private static Connection compacted(Connection c, String url, char[] password) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        c.close();
        return connect(url, password);
    }

    /**
     * H2 splits the password at its first space into the file password and the user password, so
     * the user's password (which may hold spaces, or Chinese) goes in as the Base64 of its UTF-8 bytes.
     */
    private static char[] h2Password(char[] filePassword) {
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(filePassword));
        byte[] raw = new byte[utf8.remaining()];
        utf8.get(raw);
        byte[] b64 = Base64.getEncoder().encode(raw);
        char[] out = new char[b64.length + 1 + USER_PASSWORD.length];
        for (int i = 0; i < b64.length; i++) {
            out[i] = (char) b64[i];
        }
        out[b64.length] = ' ';
        System.arraycopy(USER_PASSWORD, 0, out, b64.length + 1, USER_PASSWORD.length);
        Arrays.fill(raw, (byte) 0);
        Arrays.fill(b64, (byte) 0);
        if (utf8.hasArray()) {
            Arrays.fill(utf8.array(), (byte) 0);
        }
        return out;
    }

    private static Connection connect(String url, char[] password) throws SQLException {
        Properties p = new Properties();
        p.put("user", USER);
        // a copy: H2 wipes the array it is given
        p.put("password", password.clone());
        return DriverManager.getConnection(url, p);
    }

    /** Below this much free space a failed write is taken for a full disk. */
    static final long LOW_DISK_BYTES = 64L << 20;

    /**
     * Free bytes on the disk holding the workspace folder (or -1 when unknown): a write that failed
     * with little space left is explained as a full disk, not as H2's "database closed".
     */
    public static long usableBytes(Path folder) {
        try {
            Path p = folder.toAbsolutePath();
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /** True when a failed write in {@code folder} is best explained by a full disk. */
    public static boolean diskNearlyFull(Path folder) {
        long free = usableBytes(folder);
        return free >= 0 && free < LOW_DISK_BYTES;
    }

    static WorkspaceException translate(Path folder, SQLException e, boolean encrypted) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceLockedException("The workspace " + folder
                    + " is already open in another Stratum window or command. Close it there first.", e);
        }
        if (code == ErrorCode.WRONG_USER_OR_PASSWORD || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return encrypted
                    ? new WorkspacePasswordException(WorkspacePasswordException.Reason.WRONG_PASSWORD,
                            "Wrong password for the workspace " + folder + ".", e)
                    : new WorkspacePasswordException(WorkspacePasswordException.Reason.PASSWORD_NEEDED,
                            "The workspace " + folder + " is encrypted: a password is needed to open it.", e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
            return new WorkspaceException("The workspace file in " + folder + " is damaged or not a Stratum workspace.", e);
        }
        long free = usableBytes(folder);
        if (free >= 0 && free < LOW_DISK_BYTES) {
            return new WorkspaceException("Cannot open the workspace " + folder + ": the disk holding it is full ("
                    + free / (1 << 20) + " MB free). Free some space and open it again.", e);
        }
        return new WorkspaceException("Cannot open the workspace " + folder + ": " + e.getMessage(), e);
    }

    /**
     * The workspace folder meant by a path given on the command line or by a double-click: the
     * folder itself, its {@value #FILE_NAME} file (what file managers associate with Stratum) or
     * its database file.
     */
    public static Path folderOf(Path given) {
        Path abs = given.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        if (Files.isRegularFile(abs) && (name.endsWith(".stratum") || name.equals(DB_NAME + ".mv.db"))) {
            return abs.getParent();
        }
        return abs;
    }

    /**
     * Writes the small {@value #FILE_NAME} file that lets a file manager open the workspace with a
     * double-click (the installers associate {@code .stratum} files with Stratum). It holds no data.
     */
    private static void writeOpenFile(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.writeString(file, "Stratum workspace: open this file with Stratum. The data is in "
                    + DB_NAME + ".mv.db beside it.\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a convenience only: the workspace works without it (read-only media, for instance)
        }
    }

    /** True when {@code folder} holds a workspace database. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(DB_NAME + ".mv.db"));
    }

    /** True when {@code folder} holds a workspace encrypted with a password (so the UI asks for it). */
    public static boolean isEncrypted(Path folder) {
        Path file = folder.resolve(DB_NAME + ".mv.db");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[ENCRYPTED_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read the workspace file " + file + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** True when this workspace is encrypted with a password. */
    public boolean isEncrypted() {
        return encrypted;
    }

    /** A new connection to this workspace; the caller closes it. */
    public Connection connect() throws SQLException {
        return connect(url, password);
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new WorkspaceException("Closing the workspace failed: " + e.getMessage(), e);
        }
    }
}
