package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.workspace.DatasetColumn;
import com.stratum.workspace.DatasetInfo;
import com.stratum.workspace.DatasetRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `info --workspace WS`: the workspace's datasets, customers, definitions and runs as one JSON object. */
@Command(name = "info", description = "Describe a workspace as JSON: datasets, customers, definitions, runs.")
public final class InfoCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Mixin
    WorkspacePassword password;

    @Override
    public Integer call() {
        return CommandSupport.printJson(workspace, password, ws -> json(new DatasetRepository(ws)));
    }

    static String json(DatasetRepository repo) {
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = om.createObjectNode();
        ArrayNode datasets = root.putArray("datasets");
        for (DatasetInfo d : repo.list()) {
            ObjectNode o = datasets.addObject();
            o.put("id", d.id());
            o.put("name", d.name());
            o.put("kind", d.kind().key());
            o.put("source_file", d.sourceFile());
            o.put("sheet", d.sheet());
            o.put("rows", d.rowsImported());
            o.put("rows_read", d.rowsRead());
            o.put("rows_rejected", d.rowsRejected());
            ArrayNode cols = o.putArray("columns");
            ObjectNode roles = o.putObject("roles");
            for (DatasetColumn c : d.columns()) {
                ObjectNode co = cols.addObject();
                co.put("header", c.header());
                co.put("type", c.dataType().name().toLowerCase(java.util.Locale.ROOT));
                co.put("role", c.role() == null ? null : c.role().key());
                if (c.role() != null) {
                    roles.put(c.role().key(), c.header());
                }
            }
        }
        // everyone the analysis covers (the count Results and features give), and those with a purchase line
        root.put("customers", repo.distinctCustomersAnywhere());
        root.put("customers_with_transactions", repo.distinctCustomers());
        root.put("definitions", repo.definitionCount());
        root.put("runs", repo.runCount());
        return root.toString();
    }
}
