package org.incidentdesk.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.incidentdesk.events.ReportKind;

/** A report as a client files it. */
public record ReportRequest(
        @NotNull ReportKind kind,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9.-]*", message = "must be a community id such as en.example")
        String community,
        @NotBlank @Size(max = 200) String summary,
        @Size(max = 10_000) String details,
        @Size(max = 100) String affectedService,
        @Valid ReporterRequest reporter) {

    /** How to reach the reporter; all optional for an anonymous report. */
    public record ReporterRequest(
            @Size(max = 85) String username,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or pt-BR")
            String language) {
    }
}
