package org.incidentdesk.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An outage reported by someone without an account. */
public record AnonymousReportRequest(@NotNull @Valid ReportContent report, @Valid ContactRequest reporter) {
}
