package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.template.AcknowledgementMessages;
import org.incidentdesk.notification.template.Languages;
import org.incidentdesk.notification.template.Templates;

/**
 * The acknowledgement a reporter who can be reached gets when their report is received, in their language,
 * with the promise of a human reply. The address is resolved when it is sent (see {@link DeliveryChannel}).
 */
@ApplicationScoped
public class ReportReceivedMessages {

    static final String ACKNOWLEDGEMENT = "acknowledgement";

    private final NotificationConfig config;
    private final Clock clock;

    public ReportReceivedMessages(NotificationConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public List<Delivery> deliveriesFor(EventEnvelope<ReportSubmitted> envelope) {
        ReportSubmitted report = envelope.payload();
        if (!report.reporterReachable()) {
            return List.of();
        }
        String reference = report.reportId().toString();
        Locale locale = Languages.forTag(report.reporterLanguage());
        AcknowledgementMessages messages = MessageBundles.get(AcknowledgementMessages.class,
                Localized.Literal.of(locale.toLanguageTag()));
        String body = Templates.Email.acknowledgement(reference, report.community(), config.replyWithinDays())
                .setLocale(locale)
                .render();
        Delivery delivery = Delivery.pending(envelope.eventId(), DeliveryChannel.REPORTER_EMAIL, reference,
                ACKNOWLEDGEMENT, messages.subject(reference), body, Instant.now(clock));
        return List.of(delivery);
    }
}
