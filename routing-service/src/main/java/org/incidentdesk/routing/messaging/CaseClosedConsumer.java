package org.incidentdesk.routing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.platform.inbox.IdempotentConsumer;
import org.incidentdesk.routing.service.OutageCoalescer;

/** Ends the coalescing of an outage whose case staff closed. */
@ApplicationScoped
public class CaseClosedConsumer {

    public static final String CHANNEL = "case-closed";
    private static final String CONSUMER = "routing-service";

    private final IdempotentConsumer inbox;
    private final OutageCoalescer outages;

    public CaseClosedConsumer(IdempotentConsumer inbox, OutageCoalescer outages) {
        this.inbox = inbox;
        this.outages = outages;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onCaseClosed(String record) {
        inbox.consume(CONSUMER, record, CaseClosed.class, event -> {
            if (event.payload().outageIncidentId() != null) {
                outages.caseClosed(event.payload().outageIncidentId());
            }
        });
    }
}
