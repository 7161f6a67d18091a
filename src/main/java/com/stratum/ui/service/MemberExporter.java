package com.stratum.ui.service;

import com.stratum.ui.task.TaskProgress;
import com.stratum.workspace.Workspace;

import java.nio.file.Path;

/** Writes one segment's members of a run to an .xlsx file; returns the number of members written. */
public interface MemberExporter {

    long exportMembers(Workspace ws, SegmentRun run, String segment, Path xlsx, TaskProgress progress)
            throws Exception;
}
