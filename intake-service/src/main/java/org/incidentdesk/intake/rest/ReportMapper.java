package org.incidentdesk.intake.rest;

import java.util.Optional;

import org.incidentdesk.intake.domain.Report;

/** Maps between the wire records and the entity. */
final class ReportMapper {

    private static final String DEFAULT_LANGUAGE = "en";

    private ReportMapper() {
    }

    static Report toEntity(ReportRequest request) {
        Report report = new Report();
        report.kind = request.kind();
        report.community = request.community();
        report.summary = request.summary().strip();
        report.details = request.details();
        report.affectedService = request.affectedService();
        Optional<ReportRequest.ReporterRequest> reporter = Optional.ofNullable(request.reporter());
        report.reporterUsername = reporter.map(ReportRequest.ReporterRequest::username).orElse(null);
        report.reporterEmail = reporter.map(ReportRequest.ReporterRequest::email).orElse(null);
        report.reporterLanguage = reporter.map(ReportRequest.ReporterRequest::language).orElse(DEFAULT_LANGUAGE);
        return report;
    }

    static ReportReceipt toReceipt(Report report) {
        return new ReportReceipt(report.id, report.receivedAt);
    }

    static ReportView toView(Report report) {
        return new ReportView(report.id, report.kind, report.community, report.summary, report.details,
                report.affectedService, report.reporterUsername, report.receivedAt);
    }
}
