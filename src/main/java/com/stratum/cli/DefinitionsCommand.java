package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.workspace.DefinitionInfo;
import com.stratum.workspace.DefinitionRepository;
import com.stratum.workspace.Workspace;
import com.stratum.workspace.WorkspaceException;
import com.stratum.workspace.WorkspaceLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `definitions --workspace WS`: the built-in definitions and templates, and the saved ones, as JSON. */
@Command(name = "definitions", description = "List the built-in and saved segmentation definitions as JSON.")
public final class DefinitionsCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Override
    public Integer call() {
        if (!Workspace.exists(workspace)) {
            System.err.println("There is no workspace in " + workspace.toAbsolutePath() + ".");
            return StratumCli.EXIT_BAD_INPUT;
        }
        try (Workspace ws = Workspace.open(workspace)) {
            ObjectMapper om = new ObjectMapper();
            ObjectNode root = om.createObjectNode();
            ArrayNode list = root.putArray("definitions");
            for (DefinitionInfo d : new DefinitionRepository(ws).list()) {
                ObjectNode o = list.addObject();
                o.put("name", d.name());
                o.put("version", d.latestVersion());
                o.put("built_in", d.builtIn());
                o.put("saved", d.savedAt() != null);
                o.put("family", d.family());
                o.put("description", d.description());
                o.put("saved_at", d.savedAt() == null ? null : d.savedAt().toString());
            }
            System.out.println(root);
            return 0;
        } catch (WorkspaceLockedException e) {
            System.err.println(e.getMessage());
            return StratumCli.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            System.err.println(e.getMessage());
            return StratumCli.EXIT_INTERNAL;
        }
    }
}
