package org.incidentdesk.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An incident a signed-in staff member declares (no eligibility rules or quotas apply). */
public record DeclaredIncidentRequest(@NotNull @Valid ReportContent report) {
}
