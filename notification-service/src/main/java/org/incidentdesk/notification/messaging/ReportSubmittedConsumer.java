package org.incidentdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.notification.service.NotificationService;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

@ApplicationScoped
public class ReportSubmittedConsumer {

    public static final String CHANNEL = "report-submitted";
    private static final String CONSUMER = "notification-service";

    private final IdempotentConsumer inbox;
    private final NotificationService notifications;

    public ReportSubmittedConsumer(IdempotentConsumer inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onReportSubmitted(String record) {
        inbox.consume(CONSUMER, record, ReportSubmitted.class, notifications::onReportSubmitted);
    }
}
