package com.stratum.workspace;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stored run: which definition version, at which analysis date, over how many customers. */
public record RunInfo(long id, String definitionName, int definitionVersion, LocalDate asOf, String label,
                      long customers, LocalDateTime createdAt) {
}
