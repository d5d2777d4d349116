package org.incidentdesk.intake.rest;

import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.platform.domain.ReporterContact;

/** Maps between the wire records and the entity. */
final class ReportMapper {

    private ReportMapper() {
    }

    static Report toEntity(ReportRequest request) {
        Report report = new Report();
        report.kind = request.kind();
        report.community = request.community();
        report.summary = request.summary().strip();
        report.details = request.details();
        report.affectedService = request.affectedService();
        ReportRequest.ReporterRequest reporter = request.reporter();
        report.reporter = reporter == null ? ReporterContact.of(null, null, null)
                : ReporterContact.of(reporter.username(), reporter.email(), reporter.language());
        return report;
    }

    static ReportReceipt toReceipt(Report report) {
        return new ReportReceipt(report.id, report.receivedAt);
    }

    static ReportView toView(Report report) {
        return new ReportView(report.id, report.kind, report.community, report.summary, report.details,
                report.affectedService, report.reporter.username, report.receivedAt);
    }
}
