package org.incidentdesk.intake.service;

import org.incidentdesk.intake.domain.Report;

/** A stored report and its receipt token, which exists only in this answer to the reporter. */
public record AcceptedReport(Report report, String receiptToken) {
}
