package org.incidentdesk.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.cases.service.CaseTimeline;
import org.incidentdesk.events.ChatLineLogged;
import org.incidentdesk.events.OutageAlertResolved;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

/** What happens around an incident outside the tracker: {@code !log} lines in the ops channel, resolved alerts. */
@ApplicationScoped
public class OperationsConsumer {

    private static final String CONSUMER = "case-service";

    private final IdempotentConsumer inbox;
    private final CaseTimeline timeline;

    public OperationsConsumer(IdempotentConsumer inbox, CaseTimeline timeline) {
        this.inbox = inbox;
        this.timeline = timeline;
    }

    @Incoming("chat-line-logged")
    @Blocking
    public void onChatLineLogged(String record) {
        inbox.consume(CONSUMER, record, ChatLineLogged.class, event -> timeline.logged(event.payload()));
    }

    @Incoming("outage-alert-resolved")
    @Blocking
    public void onOutageAlertResolved(String record) {
        inbox.consume(CONSUMER, record, OutageAlertResolved.class, event -> timeline.alertResolved(event.payload()));
    }
}
