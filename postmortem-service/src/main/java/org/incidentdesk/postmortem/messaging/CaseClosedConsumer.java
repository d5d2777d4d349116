package org.incidentdesk.postmortem.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.platform.inbox.IdempotentConsumer;
import org.incidentdesk.postmortem.service.PostmortemService;

@ApplicationScoped
public class CaseClosedConsumer {

    public static final String CHANNEL = "case-closed";
    private static final String CONSUMER = "postmortem-service";

    private final IdempotentConsumer inbox;
    private final PostmortemService postmortems;

    public CaseClosedConsumer(IdempotentConsumer inbox, PostmortemService postmortems) {
        this.inbox = inbox;
        this.postmortems = postmortems;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onCaseClosed(String record) {
        inbox.consume(CONSUMER, record, CaseClosed.class, event -> postmortems.draftFor(event.payload()));
    }
}
