package org.incidentdesk.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.repository.ReportRepository;
import org.incidentdesk.platform.outbox.Outbox;

@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final Outbox outbox;
    private final Clock clock;

    public ReportService(ReportRepository reports, Outbox outbox, Clock clock) {
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stores the report and its {@code report.submitted} event in one transaction. */
    @Transactional
    public Report submit(Report report) {
        report.id = UUID.randomUUID();
        report.receivedAt = Instant.now(clock);
        reports.persist(report);
        outbox.publish(toEvent(report));
        return report;
    }

    public Optional<Report> find(UUID id) {
        return reports.findByIdOptional(id);
    }

    private static ReportSubmitted toEvent(Report report) {
        return new ReportSubmitted(report.id, report.kind, report.community, report.summary, report.details,
                report.affectedService, report.reporter.toEvent(), report.receivedAt);
    }
}
