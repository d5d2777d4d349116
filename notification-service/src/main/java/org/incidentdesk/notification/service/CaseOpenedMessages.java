package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;


import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.Route;
import org.incidentdesk.notification.config.IrcConfig;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.template.Templates;

/**
 * Who hears about a newly opened case, and what they read: operational incidents are announced in the ops
 * channel, security incidents in the private channel by reference only. Conduct cases are never announced on IRC.
 * The webhooks of the community or team hear of new cases too ({@link WebhookMessages}). (Reporters are
 * acknowledged when their report is received, see {@link ReportReceivedMessages}.)
 */
@ApplicationScoped
public class CaseOpenedMessages {

    static final String CHAT_ANNOUNCEMENT = "case-opened-announcement";

    private final NotificationConfig config;
    private final IrcConfig irc;
    private final WebhookMessages webhooks;
    private final Clock clock;

    public CaseOpenedMessages(NotificationConfig config, IrcConfig irc, WebhookMessages webhooks, Clock clock) {
        this.config = config;
        this.irc = irc;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public List<Delivery> deliveriesFor(EventEnvelope<CaseOpened> envelope) {
        CaseOpened opened = envelope.payload();
        List<Delivery> deliveries = new ArrayList<>();
        String announcement = Templates.Chat.caseOpened(opened.reference(), opened.title(), opened.community(),
                link(opened)).render();
        if (opened.route() == Route.OUTAGE) {
            deliveries.add(chat(envelope, irc.opsChannel(), announcement));
        } else if (opened.route() == Route.SECURITY) {
            deliveries.add(chat(envelope, irc.securityChannel(),
                    Templates.Chat.confidentialCaseOpened(opened.reference(), link(opened)).render()));
        }
        deliveries.addAll(webhooks.aboutOpening(envelope.eventId(), opened.route(), opened.community(), opened.caseId(),
                opened.reference(), announcement));
        return deliveries;
    }

    private Delivery chat(EventEnvelope<CaseOpened> envelope, String channel, String text) {
        return Delivery.pending(envelope.eventId(), DeliveryChannel.IRC, channel, CHAT_ANNOUNCEMENT, null, text.strip(),
                Instant.now(clock));
    }

    private String link(CaseOpened opened) {
        return config.staffBaseUrl() + "/api/cases/" + opened.caseId();
    }
}
