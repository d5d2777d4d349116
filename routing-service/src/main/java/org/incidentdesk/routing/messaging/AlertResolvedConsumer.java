package org.incidentdesk.routing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.AlertResolved;
import org.incidentdesk.platform.inbox.IdempotentConsumer;
import org.incidentdesk.routing.service.OutageAlerts;

@ApplicationScoped
public class AlertResolvedConsumer {

    public static final String CHANNEL = "alert-resolved";
    private static final String CONSUMER = "routing-service";

    private final IdempotentConsumer inbox;
    private final OutageAlerts alerts;

    public AlertResolvedConsumer(IdempotentConsumer inbox, OutageAlerts alerts) {
        this.inbox = inbox;
        this.alerts = alerts;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onAlertResolved(String record) {
        inbox.consume(CONSUMER, record, AlertResolved.class, event -> alerts.resolved(event.payload()));
    }
}
