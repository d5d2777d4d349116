package org.incidentdesk.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.intake.service.ReportProgress;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

/** What happens to reports after intake, for the status reporters see. */
@ApplicationScoped
public class ReportProgressConsumer {

    private static final String CONSUMER = "intake-service";

    private final IdempotentConsumer inbox;
    private final ReportProgress progress;

    public ReportProgressConsumer(IdempotentConsumer inbox, ReportProgress progress) {
        this.inbox = inbox;
        this.progress = progress;
    }

    @Incoming("report-routed")
    @Blocking
    public void onReportRouted(String record) {
        inbox.consume(CONSUMER, record, ReportRouted.class, event -> progress.routed(event.payload()));
    }

    @Incoming("case-opened")
    @Blocking
    public void onCaseOpened(String record) {
        inbox.consume(CONSUMER, record, CaseOpened.class, event -> progress.caseOpened(event.payload()));
    }

    @Incoming("case-closed")
    @Blocking
    public void onCaseClosed(String record) {
        inbox.consume(CONSUMER, record, CaseClosed.class, event -> progress.caseClosed(event.payload()));
    }
}
