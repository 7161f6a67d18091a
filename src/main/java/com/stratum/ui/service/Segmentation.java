package com.stratum.ui.service;

import com.stratum.ui.task.TaskProgress;
import com.stratum.workspace.Workspace;

import java.util.List;

/** Lists definitions and runs one over the workspace's customers (off the FX thread). */
public interface Segmentation {

    List<DefinitionSummary> definitions(Workspace ws) throws Exception;

    SegmentRun run(Workspace ws, String definitionName, TaskProgress progress) throws Exception;
}
