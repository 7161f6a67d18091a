package com.stratum.ui.service;

/** One imported dataset as the Data view lists it. {@code kind} is "transactions" or "customers". */
public record DatasetSummary(long id, String name, String kind, String sourceFile, String sheet, long rows,
                             long rejected) {
}
