package org.incidentdesk.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
 * outage follow the case of the report that opened it; the events of one outage take turns (an advisory lock),
 * and a report is locked while routing's word is applied, so that no event misses what another did.
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
        UUID outage = routed.outage() != null ? routed.outage().incidentId() : null;
        if (outage != null) {
            reports.lockOutage(outage);
        }
        reports.findByIdOptional(routed.reportId(), LockModeType.PESSIMISTIC_WRITE).ifPresent(report -> {
            report.route = routed.route();
            if (routed.guidance() != null) {
                report.supportPage = routed.guidance().supportPage();
                report.behaviourPage = routed.guidance().behaviourPage();
                report.publicDestination = routed.guidance().publicDestination();
            }
            Instant now = Instant.now(clock);
            report.advanceTo(ReportStatus.ROUTED, now);
            if (outage != null) {
                report.outageIncidentId = outage;
                if (report.caseId != null) {
                    // its case opened (or closed) before routing's word arrived: the outage's reports follow now
                    reports.flush();
                    reports.followCase(report.caseId, report.id, outage, report.status, now);
                } else {
                    reports.followingACase(outage).ifPresent(withCase -> report.follow(withCase.caseId,
                            withCase.status, now));
                }
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpened opened) {
        if (opened.outageIncidentId() != null) {
            reports.lockOutage(opened.outageIncidentId());
        }
        reports.followCase(opened.caseId(), opened.reportId(), opened.outageIncidentId(), ReportStatus.IN_PROGRESS,
                Instant.now(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseClosed(CaseClosed closed) {
        if (closed.outageIncidentId() != null) {
            reports.lockOutage(closed.outageIncidentId());
        }
        reports.followCase(closed.caseId(), closed.reportId(), closed.outageIncidentId(), ReportStatus.CLOSED,
                Instant.now(clock));
    }
}
