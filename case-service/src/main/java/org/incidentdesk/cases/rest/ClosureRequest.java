package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing a case: how it ended. */
public record ClosureRequest(@NotBlank @Size(max = 2000) String resolution) {
}
