package com.stratum.workspace;

/** A row that was not imported: where it was, which column failed, why, and its cells (JSON array). */
public record RejectedRow(String sheet, long rowNumber, String column, String reason, String rawValues) {
}
