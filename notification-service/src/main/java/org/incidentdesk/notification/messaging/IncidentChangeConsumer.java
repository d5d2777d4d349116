package org.incidentdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.CaseRoleHandedOff;
import org.incidentdesk.events.CaseSeverityChanged;
import org.incidentdesk.events.CaseStateChanged;
import org.incidentdesk.notification.service.NotificationService;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

/** State changes, severity changes and hand-offs of incidents, for their chat channels. */
@ApplicationScoped
public class IncidentChangeConsumer {

    private static final String CONSUMER = "notification-service";

    private final IdempotentConsumer inbox;
    private final NotificationService notifications;

    public IncidentChangeConsumer(IdempotentConsumer inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @Incoming("case-state-changed")
    @Blocking
    public void onStateChanged(String record) {
        inbox.consume(CONSUMER, record, CaseStateChanged.class, notifications::onCaseStateChanged);
    }

    @Incoming("case-severity-changed")
    @Blocking
    public void onSeverityChanged(String record) {
        inbox.consume(CONSUMER, record, CaseSeverityChanged.class, notifications::onCaseSeverityChanged);
    }

    @Incoming("case-role-handed-off")
    @Blocking
    public void onRoleHandedOff(String record) {
        inbox.consume(CONSUMER, record, CaseRoleHandedOff.class, notifications::onCaseRoleHandedOff);
    }
}
