package org.incidentdesk.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A report a trusted client (e.g. the wiki) files on behalf of a community member. */
public record MemberReportRequest(@NotNull @Valid ReportContent report, @NotNull @Valid MemberRequest reporter) {
}
