package com.stratum.ui.importwizard;

import com.stratum.workspace.DatasetKind;

/** One imported sheet in the report; read = imported + rejected. */
public record SheetOutcome(String sheet, DatasetKind kind, long rowsRead, long rowsImported, long rowsRejected,
                           long replacedDatasets) {
}
