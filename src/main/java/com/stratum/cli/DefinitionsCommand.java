package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.workspace.DefinitionInfo;
import com.stratum.workspace.DefinitionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `definitions --workspace WS`: the built-in definitions and templates, and the saved ones, as JSON. */
@Command(name = "definitions", description = "List the built-in and saved segmentation definitions as JSON.")
public final class DefinitionsCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Mixin
    WorkspacePassword password;

    @Override
    public Integer call() {
        return CommandSupport.printJson(workspace, password, ws -> json(new DefinitionRepository(ws)));
    }

    static String json(DefinitionRepository repo) {
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = om.createObjectNode();
        ArrayNode list = root.putArray("definitions");
        for (DefinitionInfo d : repo.list()) {
            ObjectNode o = list.addObject();
            o.put("name", d.name());
            o.put("version", d.latestVersion());
            o.put("built_in", d.builtIn());
            o.put("saved", d.savedAt() != null);
            o.put("family", d.family());
            o.put("description", d.description());
            o.put("saved_at", d.savedAt() == null ? null : d.savedAt().toString());
        }
        return root.toString();
    }
}
