package com.stratum.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Customer lists are personal data: opening workspaces (plain and encrypted) starts no H2 TCP
 * or web server (which AUTO_SERVER=TRUE or a console would do) and opens no listening socket.
 */
class NoListeningSocketTest {

    @TempDir
    Path tmp;

    @Test
    void openingWorkspacesStartsNoServerThread() throws Exception {
        useWorkspaces();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(n -> n.startsWith("H2 TCP Server") || n.startsWith("H2 Console Server")
                        || n.startsWith("H2 PG Server"));
    }

    /**
     * Linux: the listening TCP sockets of the whole network namespace (/proc/self/net/tcp and tcp6,
     * state 0A) whose inode is one of this JVM's open file descriptors are this JVM's own listening
     * sockets. Opening workspaces must add none.
     */
    @Test
    void openingWorkspacesOpensNoListeningSocket() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/net/tcp")), "needs Linux /proc");
        Set<String> before = ownListeningSockets();
        useWorkspaces();
        assertThat(ownListeningSockets()).as("listening sockets of this JVM").isSubsetOf(before);
    }

    /** The check can fail: a server socket of our own shows up in it. */
    @Test
    void theSocketCheckSeesAListeningSocket() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/net/tcp")), "needs Linux /proc");
        Set<String> before = ownListeningSockets();
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(ownListeningSockets()).hasSize(before.size() + 1);
        }
    }

    private void useWorkspaces() throws Exception {
        try (Workspace plain = Workspace.open(tmp.resolve("plain"));
             Workspace secret = Workspace.open(tmp.resolve("secret"), "pw 1".toCharArray())) {
            for (Workspace ws : List.of(plain, secret)) {
                try (Connection c = ws.connect(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dataset")) {
                    assertThat(rs.next()).isTrue();
                }
            }
        }
    }

    static Set<String> ownListeningSockets() throws IOException {
        Set<String> ownInodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        ownInodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // the descriptor was closed while listing
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.isReadable(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
                String[] f = line.trim().split("\\s+");
                // columns: sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                if (f.length > 9 && f[3].equals("0A") && ownInodes.contains(f[9])) {
                    listening.add(table + " " + f[1]);
                }
            }
        }
        return listening;
    }
}
