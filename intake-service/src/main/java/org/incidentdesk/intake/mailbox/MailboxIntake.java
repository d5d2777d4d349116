package org.incidentdesk.intake.mailbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.intake.crypto.ReporterIndex;
import org.incidentdesk.intake.domain.ConfidentialContent;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.service.ReportService;

/**
 * Each message of the private reports mailbox becomes one conduct report, whose sender is acknowledged like any
 * reporter with an address. A message already taken in (same Message-ID) is not taken again.
 */
@ApplicationScoped
public class MailboxIntake {

    private static final int MAX_SUMMARY = 200;
    private static final int MAX_TEXT = 100_000;

    private final ReportService reports;
    private final ReporterIndex index;
    private final EntityManager entityManager;
    private final IntakeConfig.Mailbox mailbox;
    private final Clock clock;

    public MailboxIntake(ReportService reports, ReporterIndex index, EntityManager entityManager, IntakeConfig config,
            Clock clock) {
        this.reports = reports;
        this.index = index;
        this.entityManager = entityManager;
        this.mailbox = config.mailbox();
        this.clock = clock;
    }

    /** Files the message as a report unless it was already; returns the new report's id. */
    @Transactional
    public Optional<UUID> takeIn(EmailedReport message) {
        String messageHash = index.hash("message:" + (message.messageId() != null ? message.messageId()
                : message.senderAddress() + "\n" + message.subject() + "\n" + message.text()));
        Report report = conductReport(message);
        report.id = UUID.randomUUID();
        int claimed = entityManager.createNativeQuery("insert into mailbox_message (message_hash, report_id, received_at)"
                        + " values (:hash, :reportId, :at) on conflict do nothing")
                .setParameter("hash", messageHash)
                .setParameter("reportId", report.id)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(reports.accept(report).report().id);
    }

    private Report conductReport(EmailedReport message) {
        Report report = new Report();
        report.kind = ReportKind.CONDUCT;
        report.behaviour = BehaviourType.OTHER;
        report.source = ReportSource.EMAIL;
        report.community = mailbox.community();
        report.reporterLanguage = mailbox.language();
        String subject = message.subject() == null || message.subject().isBlank() ? "Report by email" : message.subject().strip();
        report.content = ConfidentialContent.of(cut(subject, MAX_SUMMARY), cut(message.text(), MAX_TEXT), null,
                message.senderAddress());
        return report;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
