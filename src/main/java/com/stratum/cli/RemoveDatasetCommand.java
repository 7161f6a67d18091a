package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetRepository;
import com.stratum.workspace.Workspace;
import com.stratum.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * `remove-dataset --workspace WS --id N`: deletes one imported dataset (its rows, columns and
 * rejected rows), e.g. the second copy of orders imported twice, which `import` warns about.
 */
@Command(name = "remove-dataset", description = "Remove an imported dataset from a workspace (ids as listed by info).")
public final class RemoveDatasetCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--id", required = true, paramLabel = "N", description = "The dataset's id (see info).")
    long id;

    @Mixin
    WorkspacePassword password;

    @Override
    public Integer call() {
        try {
            CommandSupport.requireWorkspace(workspace);
            try (Workspace ws = password.open(workspace)) {
                DatasetRepository repo = new DatasetRepository(ws);
                DatasetInfo d = repo.find(id).orElseThrow(() -> new BadInputException("There is no dataset " + id
                        + " in " + workspace + "; info lists the datasets and their ids."));
                repo.delete(id);
                ObjectNode out = new ObjectMapper().createObjectNode();
                out.put("removed", d.id());
                out.put("name", d.name());
                out.put("rows", d.rowsImported());
                System.out.println(out);
                return 0;
            }
        } catch (BadInputException | WorkspaceException e) {
            return CommandSupport.exitCode(e, null, e.getMessage());
        }
    }
}
