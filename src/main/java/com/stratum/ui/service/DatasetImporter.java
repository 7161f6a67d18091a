package com.stratum.ui.service;

import com.stratum.ui.task.TaskProgress;
import com.stratum.workspace.Workspace;

import java.nio.file.Path;

/** Imports a spreadsheet into the workspace (all or nothing), reporting progress and honouring cancel. */
public interface DatasetImporter {

    ImportSummary importFile(Workspace ws, Path file, TaskProgress progress) throws Exception;
}
