package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.engine.Comparison;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentLabels;
import com.stratum.engine.definition.Definition;
import com.stratum.exports.ComparisonExport;
import com.stratum.workspace.DefinitionRepository;
import com.stratum.workspace.RunRepository;
import com.stratum.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * `compare --workspace WS --baseline RUN|DEFINITION --scenario RUN|DEFINITION|FILE.json ... --export OUT`:
 * the migration matrix baseline -> scenario and the per-segment deltas. CSV holds the matrix (first column
 * {@code from}, one column per scenario segment, then {@code (none)}); xlsx adds the deltas and the movers.
 * The file itself is written by the exports layer's {@link ComparisonExport}, as the window's export is.
 */
@Command(name = "compare", description = "Compare two runs or definitions: migration matrix and segment deltas.")
public final class CompareCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Mixin
    WorkspacePassword password;

    @Option(names = "--baseline", required = true, paramLabel = "RUN|DEFINITION",
            description = "A stored run id, a definition name or a .json file.")
    String baseline;

    @Option(names = "--scenario", required = true, paramLabel = "RUN|DEFINITION|FILE.json",
            description = "A stored run id, a definition name or a .json file.")
    String scenario;

    @Option(names = "--baseline-as-of", paramLabel = "YYYY-MM-DD", description = "Analysis date for a baseline definition.")
    LocalDate baselineAsOf;

    @Option(names = "--scenario-as-of", paramLabel = "YYYY-MM-DD", description = "Analysis date for a scenario definition.")
    LocalDate scenarioAsOf;

    @Option(names = "--export", required = true, paramLabel = "OUT.xlsx|OUT.csv", description = "The file to write.")
    Path export;

    @Override
    public Integer call() {
        try {
            CommandSupport.checkExport(export);
            CommandSupport.requireWorkspace(workspace);
            try (Workspace ws = password.open(workspace)) {
                Side base = side(ws, baseline, baselineAsOf, "--baseline");
                Side scen = side(ws, scenario, scenarioAsOf, "--scenario");
                Comparison c = Comparison.of(base.labels(), scen.labels());
                write(c, export, base.describe(), scen.describe());
                ObjectMapper om = new ObjectMapper();
                ObjectNode o = om.createObjectNode();
                o.put("baseline", base.describe());
                o.put("scenario", scen.describe());
                o.put("baseline_customers", base.labels().size());
                o.put("scenario_customers", scen.labels().size());
                o.put("movers", c.moverCount());
                o.put("export", export.toString());
                System.out.println(o);
                return 0;
            }
        } catch (Exception e) {
            return CommandSupport.exitCode(e, export, "Comparison failed: " + e.getMessage());
        }
    }

    private record Side(SegmentLabels labels, String describe) {
    }

    /** A number names a stored run; anything else a definition (name or .json file) evaluated now. */
    private static Side side(Workspace ws, String arg, LocalDate asOf, String option) throws Exception {
        if (arg.matches("\\d+") && !DefinitionSource.looksLikeFile(arg)) {
            long id = Long.parseLong(arg);
            RunRepository runs = new RunRepository(ws);
            var info = runs.find(id).orElseThrow(() -> new BadInputException(option + " " + arg
                    + ": there is no run " + id + " in this workspace."));
            if (asOf != null) {
                throw new BadInputException(option + " " + arg + " is a stored run (as of " + info.asOf()
                        + "); an as-of date applies only to a definition.");
            }
            return new Side(runs.loadLabels(id), "run " + id + " (" + info.definitionName() + " v"
                    + info.definitionVersion() + ", as of " + info.asOf() + ")");
        }
        Definition def = DefinitionSource.resolve(arg, new DefinitionRepository(ws));
        var frame = WorkspaceFrames.current().load(ws, asOf);
        return new Side(Evaluator.evaluate(def, frame).labels(), def.name() + " v" + def.version() + " (as of "
                + frame.asOf() + ")");
    }

    static void write(Comparison c, Path out, String baseName, String scenarioName) throws IOException {
        new ComparisonExport(c).sides(baseName, scenarioName).write(out);
    }
}
