package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.engine.Assignment;
import com.stratum.engine.Evaluator;
import com.stratum.engine.SegmentSummary;
import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.SegmentSpec;
import com.stratum.exports.PersonalColumns;
import com.stratum.exports.SegmentExport;
import com.stratum.exports.SegmentListExport;
import com.stratum.features.CustomerFrame;
import com.stratum.workspace.DefinitionRepository;
import com.stratum.workspace.RunRepository;
import com.stratum.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * `segment --workspace WS --definition NAME|FILE.json [--as-of DATE] --export OUT.csv|OUT.xlsx`: evaluates a
 * definition over the workspace's customers, stores the run and writes one row per customer.
 */
@Command(name = "segment", description = "Segment the workspace's customers with a definition and export one row per customer.")
public final class SegmentCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "WS", description = "The workspace folder.")
    Path workspace;

    @Mixin
    WorkspacePassword password;

    @Option(names = "--definition", required = true, paramLabel = "NAME|FILE.json",
            description = "A definition name (saved or built-in, e.g. rfm-standard) or a .json file.")
    String definition;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Analysis date (default: the day after the latest transaction).")
    LocalDate asOf;

    @Option(names = "--export", required = true, paramLabel = "OUT.csv|OUT.xlsx", description = "The file to write.")
    Path export;

    @Option(names = "--label", description = "A label for the stored run.")
    String label;

    @Option(names = "--columns", split = ",", paramLabel = "KEY[,KEY...]",
            description = "Columns to write (customer_id always first): segment, tier, any feature or score, and the"
                    + " personal columns name, email, phone, address. Default: the definition's columns.")
    List<String> columns;

    @Option(names = "--personal", paramLabel = "keep|mask|omit", defaultValue = "keep",
            description = "Personal columns (name, email, phone, address): keep, mask (a***@example.com, 138****5678)"
                    + " or leave out. Default: ${DEFAULT-VALUE}.")
    String personal;

    @Option(names = "--only-segment", paramLabel = "KEY|NAME",
            description = "Export only this segment's members (its key or name).")
    String onlySegment;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            CommandSupport.checkExport(export);
            SegmentListExport.PersonalData policy = personalData(personal);
            CommandSupport.requireWorkspace(workspace);
            try (Workspace ws = password.open(workspace)) {
                Definition def = DefinitionSource.resolve(definition, new DefinitionRepository(ws));
                CustomerFrame frame = WorkspaceFrames.current().load(ws, asOf);
                Assignment a = Evaluator.evaluate(def, frame);
                SegmentExport request = SegmentExport.of(a).columns(columns)
                        .personalData(policy).onlySegment(segmentIndex(a, onlySegment));
                long runId = new RunRepository(ws).save(a, label);
                if (columns != null) {
                    request.personalColumns(PersonalColumns.load(ws, a, columns));
                }
                SegmentListExport.Result written = request.write(export);
                System.out.println(summary(a, runId, written, (System.nanoTime() - start) / 1e9));
                return 0;
            }
        } catch (Exception e) {
            return CommandSupport.exitCode(e, export, "Segmentation failed: " + e.getMessage());
        }
    }

    static SegmentListExport.PersonalData personalData(String option) {
        return switch (option.toLowerCase(java.util.Locale.ROOT)) {
            case "keep" -> SegmentListExport.PersonalData.INCLUDE;
            case "mask" -> SegmentListExport.PersonalData.MASK;
            case "omit" -> SegmentListExport.PersonalData.OMIT;
            default -> throw new BadInputException("--personal must be keep, mask or omit, not '" + option + "'");
        };
    }

    static int segmentIndex(Assignment a, String keyOrName) {
        if (keyOrName == null) {
            return -1;
        }
        for (int i = 0; i < a.segments().size(); i++) {
            SegmentSpec s = a.segments().get(i);
            if (s.key().equals(keyOrName) || s.name().equals(keyOrName)) {
                return i;
            }
        }
        throw new BadInputException("--only-segment: no segment '" + keyOrName + "' in " + a.definition().name());
    }

    private static String summary(Assignment a, long runId, SegmentListExport.Result written, double seconds) {
        ObjectMapper om = new ObjectMapper();
        ObjectNode o = om.createObjectNode();
        o.put("run_id", runId);
        o.put("definition", a.definition().name());
        o.put("version", a.definition().version());
        o.put("as_of", a.frame().asOf().toString());
        o.put("customers", a.size());
        ArrayNode segs = o.putArray("segments");
        for (SegmentSummary s : a.summary()) {
            ObjectNode so = segs.addObject();
            so.put("name", s.name());
            so.put("customers", s.count());
            so.put("revenue", BigDecimal.valueOf(s.revenueCents(), 2));
        }
        ArrayNode warnings = o.putArray("warnings");
        a.warnings().forEach(warnings::add);
        o.put("export", written.file().toString());
        o.put("rows", written.rows());
        o.put("seconds", Math.round(seconds * 100) / 100.0);
        return o.toString();
    }
}
