package org.incidentdesk.intake.rest;

import java.util.Set;

import org.incidentdesk.events.ReportSource;
import org.incidentdesk.intake.domain.CommunityMember;
import org.incidentdesk.intake.domain.ConfidentialContent;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.service.AcceptedReport;

/** Maps between the wire records and the domain. */
final class ReportMapper {

    private static final String DEFAULT_LANGUAGE = "en";

    private ReportMapper() {
    }

    static Report toEntity(AnonymousReportRequest request) {
        ContactRequest contact = request.reporter();
        return toEntity(request.report(), ReportSource.ANONYMOUS, null,
                contact == null ? null : contact.email(), contact == null ? null : contact.language());
    }

    static Report toEntity(MemberReportRequest request) {
        MemberRequest member = request.reporter();
        return toEntity(request.report(), ReportSource.COMMUNITY_MEMBER, member.username(), member.email(),
                member.language());
    }

    static Report toEntity(DeclaredIncidentRequest request, String staffMember) {
        return toEntity(request.report(), ReportSource.STAFF, staffMember, null, null);
    }

    static CommunityMember toMember(MemberRequest member) {
        return new CommunityMember(member.username(), member.accountCreatedAt(), member.editCount(),
                member.emailConfirmed(), member.blocked(), member.groups() == null ? Set.of() : member.groups());
    }

    static ReportReceipt toReceipt(AcceptedReport accepted, String statusUrl, ReportReceipt.HumanReply humanReply) {
        return new ReportReceipt(accepted.report().id, accepted.receiptToken(), statusUrl,
                accepted.report().receivedAt, humanReply);
    }

    static ReportView toView(Report report) {
        ConfidentialContent c = report.content;
        ReportView.Content content = c == null ? null
                : new ReportView.Content(c.summary(), c.details(), c.symptoms(), c.url(), c.reporterUsername(),
                        c.reportedUser(), c.page(), c.revision(), c.commentId(), c.topicId(),
                        report.reportedPartyMayBeTold);
        return new ReportView(report.id, report.kind, report.emergencyType, report.behaviour, report.source,
                report.community, report.affectedService, report.impact, report.outageSince, report.signal,
                report.status, report.receivedAt, report.isErased(), content);
    }

    private static Report toEntity(ReportContent body, ReportSource source, String username, String email,
            String language) {
        Report report = new Report();
        report.kind = body.kind();
        report.emergencyType = body.emergencyType();
        report.behaviour = body.behaviour();
        report.source = source;
        report.community = body.community();
        report.affectedService = body.affectedService();
        report.impact = body.impact();
        report.outageSince = body.since();
        report.reporterLanguage = language == null ? DEFAULT_LANGUAGE : language;
        report.reportedPartyMayBeTold = Boolean.TRUE.equals(body.reportedPartyMayBeTold());
        ReportContent.Location where = body.where();
        report.content = new ConfidentialContent(body.summary().strip(), body.details(), body.symptoms(), body.url(),
                username, email, body.reportedUser(),
                where == null ? null : where.page(), where == null ? null : where.revision(),
                where == null ? null : where.commentId(), where == null ? null : where.topicId());
        return report;
    }
}
