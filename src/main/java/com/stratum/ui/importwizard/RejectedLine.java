package com.stratum.ui.importwizard;

/** One rejected row in the report: where it was and why. */
public record RejectedLine(String sheet, long row, String column, String reason) {
}
