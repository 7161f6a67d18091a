package com.stratum.ui.service;

import com.stratum.ui.task.TaskProgress;
import com.stratum.workspace.Workspace;

import java.nio.file.Path;

/**
 * Writes the members of one segment of a run (given by its {@link SegmentStat#key()}) to an .xlsx
 * file; returns the number of members written.
 */
public interface MemberExporter {

    long exportMembers(Workspace ws, SegmentRun run, String segmentKey, Path xlsx, TaskProgress progress)
            throws Exception;
}
