package org.incidentdesk.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.cases.service.CaseService;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

@ApplicationScoped
public class ReportRoutedConsumer {

    public static final String CHANNEL = "report-routed";
    private static final String CONSUMER = "case-service";

    private final IdempotentConsumer inbox;
    private final CaseService cases;

    public ReportRoutedConsumer(IdempotentConsumer inbox, CaseService cases) {
        this.inbox = inbox;
        this.cases = cases;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onReportRouted(String record) {
        inbox.consume(CONSUMER, record, ReportRouted.class, event -> cases.openFor(event.payload()));
    }
}
