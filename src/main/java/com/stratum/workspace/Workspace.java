package com.stratum.workspace;

import org.h2.api.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One analysis: an embedded H2 database in a folder. H2 runs in embedded mode only (no TCP
 * server, no web console), so opening a workspace opens no listening socket. The file lock
 * keeps a second process out with a clear message rather than a corrupted file.
 */
public final class Workspace implements AutoCloseable {

    /** Base name of the H2 database inside the workspace folder (H2 adds `.mv.db`). */
    public static final String DB_NAME = "stratum";

    private final Path folder;
    private final String url;
    private final String password;
    private final Connection keeper;

    private Workspace(Path folder, String url, String password, Connection keeper) {
        this.folder = folder;
        this.url = url;
        this.password = password;
        this.keeper = keeper;
    }

    /** Opens (creating if needed) the workspace in {@code folder} and brings its schema up to date. */
    public static Workspace open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens an encrypted workspace when {@code filePassword} is given (H2 AES file encryption).
     * A plain workspace is opened with {@code null}.
     */
    public static Workspace open(Path folder, char[] filePassword) {
        Objects.requireNonNull(folder, "folder");
        Path abs = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + abs + ": " + e.getMessage(), e);
        }
        boolean encrypted = filePassword != null && filePassword.length > 0;
        // FILE_LOCK=FILE: a second process gets ErrorCode.DATABASE_ALREADY_OPEN_1 instead of sharing the file.
        String url = "jdbc:h2:file:" + abs.resolve(DB_NAME) + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE"
                + (encrypted ? ";CIPHER=AES" : "");
        String pw = encrypted ? new String(filePassword) + " stratum" : "stratum";
        try {
            Connection c = DriverManager.getConnection(url, "stratum", pw);
            Workspace ws = new Workspace(abs, url, pw, c);
            new SchemaMigrations().migrate(c);
            return ws;
        } catch (SQLException e) {
            throw translate(abs, e, encrypted);
        }
    }

    static WorkspaceException translate(Path folder, SQLException e, boolean encrypted) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceLockedException("The workspace " + folder
                    + " is already open in another Stratum window or command. Close it there first.", e);
        }
        if (code == ErrorCode.WRONG_USER_OR_PASSWORD || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new WorkspaceException(encrypted
                    ? "Wrong password for the workspace " + folder + "."
                    : "The workspace " + folder + " is encrypted: a password is needed to open it.", e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
            return new WorkspaceException("The workspace file in " + folder + " is damaged or not a Stratum workspace.", e);
        }
        return new WorkspaceException("Cannot open the workspace " + folder + ": " + e.getMessage(), e);
    }

    /** True when {@code folder} holds a workspace database. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(DB_NAME + ".mv.db"));
    }

    public Path folder() {
        return folder;
    }

    /** A new connection to this workspace; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "stratum", password);
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
