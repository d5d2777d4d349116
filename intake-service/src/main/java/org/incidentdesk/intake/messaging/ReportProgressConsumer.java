package org.incidentdesk.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.CommunityConfigured;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.intake.service.CommunityRulesBook;
import org.incidentdesk.intake.service.ReportProgress;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

/** What happens to reports after intake, for the status reporters see, and what staff configured per community. */
@ApplicationScoped
public class ReportProgressConsumer {

    private static final String CONSUMER = "intake-service";

    private final IdempotentConsumer inbox;
    private final ReportProgress progress;
    private final CommunityRulesBook communities;

    public ReportProgressConsumer(IdempotentConsumer inbox, ReportProgress progress, CommunityRulesBook communities) {
        this.inbox = inbox;
        this.progress = progress;
        this.communities = communities;
    }

    @Incoming("report-routed")
    @Blocking
    public void onReportRouted(String record) {
        inbox.consume(CONSUMER, record, ReportRouted.class, event -> progress.routed(event.payload()));
    }

    @Incoming("community-configured")
    @Blocking
    public void onCommunityConfigured(String record) {
        inbox.consume(CONSUMER, record, CommunityConfigured.class, event -> communities.configured(event.payload()));
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
