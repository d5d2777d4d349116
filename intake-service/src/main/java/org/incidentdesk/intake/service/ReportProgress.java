package org.incidentdesk.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.intake.domain.ReportStatus;
import org.incidentdesk.intake.repository.ReportRepository;

/** Follows a report through routing and its case, for the status its reporter sees with the receipt. */
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
            report.advanceTo(ReportStatus.ROUTED, Instant.now(clock));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpened opened) {
        reports.findByIdOptional(opened.reportId()).ifPresent(report -> {
            report.caseId = opened.caseId();
            report.advanceTo(ReportStatus.IN_PROGRESS, Instant.now(clock));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseClosed(CaseClosed closed) {
        UUID caseId = closed.caseId();
        reports.find("caseId", caseId).stream()
                .forEach(report -> report.advanceTo(ReportStatus.CLOSED, Instant.now(clock)));
    }
}
