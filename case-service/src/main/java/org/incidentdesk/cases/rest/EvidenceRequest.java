package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param description what the evidence is and shows
 * @param link where it is (a diff, a log, a file), an http(s) address
 */
public record EvidenceRequest(@NotBlank @Size(max = 10_000) String description,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String link) {
}
