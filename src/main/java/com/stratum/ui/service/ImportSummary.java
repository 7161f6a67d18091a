package com.stratum.ui.service;

/** The outcome of one import; rows read = rows imported + rows rejected. */
public record ImportSummary(String fileName, long rowsRead, long rowsImported, long rowsRejected) {
}
