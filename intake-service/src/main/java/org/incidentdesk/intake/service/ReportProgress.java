package org.incidentdesk.intake.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.intake.domain.ReportStatus;
import org.incidentdesk.intake.repository.ReportRepository;

/**
 * Follows a report through routing and its case, for the status its reporter sees with the receipt.
 *
 * <p>The events come from three topics, so their order is not guaranteed: a case can close before intake reads
 * that it opened. Statuses only move forward, and each event names enough (the case's opening report, its outage
 * incident) for every report of the case to reach its status whatever the order. Reports coalesced into an
 * outage follow the case of the report that opened it.
 */
@ApplicationScoped
public class ReportProgress {

    private final ReportRepository reports;
    private final Clock clock;

    public ReportProgress(ReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void routed(ReportRouted routed) {
        reports.findByIdOptional(routed.reportId()).ifPresent(report -> {
            report.route = routed.route();
            if (routed.guidance() != null) {
                report.supportPage = routed.guidance().supportPage();
                report.behaviourPage = routed.guidance().behaviourPage();
                report.publicDestination = routed.guidance().publicDestination();
            }
            Instant now = Instant.now(clock);
            report.advanceTo(ReportStatus.ROUTED, now);
            if (routed.outage() != null) {
                report.outageIncidentId = routed.outage().incidentId();
                reports.followingACase(report.outageIncidentId)
                        .ifPresent(withCase -> report.follow(withCase.caseId, withCase.status, now));
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpened opened) {
        reports.findByIdOptional(opened.reportId()).ifPresent(report -> reports.followCase(opened.caseId(),
                report.id, report.outageIncidentId, ReportStatus.IN_PROGRESS, Instant.now(clock)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseClosed(CaseClosed closed) {
        reports.followCase(closed.caseId(), closed.reportId(), closed.outageIncidentId(), ReportStatus.CLOSED,
                Instant.now(clock));
    }
}
