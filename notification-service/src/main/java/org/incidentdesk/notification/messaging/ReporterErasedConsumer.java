package org.incidentdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.ReporterErased;
import org.incidentdesk.notification.service.NotificationService;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

@ApplicationScoped
public class ReporterErasedConsumer {

    public static final String CHANNEL = "reporter-erased";
    private static final String CONSUMER = "notification-service";

    private final IdempotentConsumer inbox;
    private final NotificationService notifications;

    public ReporterErasedConsumer(IdempotentConsumer inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onReporterErased(String record) {
        inbox.consume(CONSUMER, record, ReporterErased.class, notifications::onReporterErased);
    }
}
