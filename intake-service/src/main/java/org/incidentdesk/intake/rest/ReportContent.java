package org.incidentdesk.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.incidentdesk.events.ReportKind;

/** What happened, whoever reports it. Text is stored as text and never rendered as HTML. */
public record ReportContent(
        @NotNull ReportKind kind,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "[a-z0-9][a-z0-9.-]*", message = "must be a community id such as en.example")
        String community,
        @NotBlank @Size(max = 200) String summary,
        @Size(max = 10_000) String details,
        @Size(max = 100) String affectedService) {
}
