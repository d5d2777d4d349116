package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text a staff member writes: a timeline entry, an interview note. */
public record TextRequest(@NotBlank @Size(max = 10_000) String text) {
}
