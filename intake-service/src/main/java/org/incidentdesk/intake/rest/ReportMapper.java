package org.incidentdesk.intake.rest;

import java.util.Set;

import org.incidentdesk.intake.domain.CommunityMember;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.platform.domain.ReporterContact;

/** Maps between the wire records and the domain. */
final class ReportMapper {

    private ReportMapper() {
    }

    static Report toEntity(AnonymousReportRequest request) {
        ContactRequest contact = request.reporter();
        return toEntity(request.report(), contact == null ? ReporterContact.of(null, null, null)
                : ReporterContact.of(null, contact.email(), contact.language()));
    }

    static Report toEntity(MemberReportRequest request) {
        MemberRequest member = request.reporter();
        return toEntity(request.report(), ReporterContact.of(member.username(), member.email(), member.language()));
    }

    static CommunityMember toMember(MemberRequest member) {
        return new CommunityMember(member.username(), member.accountCreatedAt(), member.editCount(),
                member.emailConfirmed(), member.blocked(), member.groups() == null ? Set.of() : member.groups());
    }

    static ReportReceipt toReceipt(Report report) {
        return new ReportReceipt(report.id, report.receivedAt);
    }

    static ReportView toView(Report report) {
        return new ReportView(report.id, report.kind, report.community, report.summary, report.details,
                report.affectedService, report.reporter.username, report.receivedAt);
    }

    private static Report toEntity(ReportContent content, ReporterContact reporter) {
        Report report = new Report();
        report.kind = content.kind();
        report.community = content.community();
        report.summary = content.summary().strip();
        report.details = content.details();
        report.affectedService = content.affectedService();
        report.reporter = reporter;
        return report;
    }
}
