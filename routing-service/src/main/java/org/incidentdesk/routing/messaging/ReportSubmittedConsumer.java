package org.incidentdesk.routing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.platform.inbox.IdempotentConsumer;
import org.incidentdesk.routing.service.RoutingService;

@ApplicationScoped
public class ReportSubmittedConsumer {

    public static final String CHANNEL = "report-submitted";
    private static final String CONSUMER = "routing-service";

    private final IdempotentConsumer inbox;
    private final RoutingService routing;

    public ReportSubmittedConsumer(IdempotentConsumer inbox, RoutingService routing) {
        this.inbox = inbox;
        this.routing = routing;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onReportSubmitted(String record) {
        inbox.consume(CONSUMER, record, ReportSubmitted.class, event -> routing.route(event.payload()));
    }
}
