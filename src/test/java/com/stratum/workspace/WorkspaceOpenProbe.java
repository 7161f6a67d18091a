package com.stratum.workspace;

import java.nio.file.Path;

/**
 * Child-process main for {@link WorkspaceLockTest}: tries to open a workspace and prints
 * {@code OPENED}, {@code LOCKED <message>} or {@code FAILED <class> <message>}.
 */
public final class WorkspaceOpenProbe {

    private WorkspaceOpenProbe() {
    }

    public static void main(String[] args) {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("OPENED " + ws.folder());
        } catch (WorkspaceLockedException e) {
            System.out.println("LOCKED " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getClass().getName() + " " + e.getMessage());
        }
        System.out.flush();
    }
}
