package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseRoleHandedOff;
import org.incidentdesk.events.CaseSeverityChanged;
import org.incidentdesk.events.CaseStateChanged;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.Route;
import org.incidentdesk.notification.config.IrcConfig;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.template.Templates;

/**
 * Every state change and hand-off of an operational incident goes to its channel at once: outages to the ops
 * channel, security incidents to the private channel by reference and link only. Conduct cases never reach IRC.
 * State changes also go to the webhooks of the community or team ({@link WebhookMessages}).
 * One event is one message, however many reports the incident coalesced.
 */
@ApplicationScoped
public class IncidentChatMessages {

    static final String STATE_CHANGE = "incident-state-change";
    static final String HAND_OFF = "incident-hand-off";
    static final String SEVERITY_CHANGE = "incident-severity-change";

    private final NotificationConfig config;
    private final IrcConfig irc;
    private final WebhookMessages webhooks;
    private final Clock clock;

    public IncidentChatMessages(NotificationConfig config, IrcConfig irc, WebhookMessages webhooks, Clock clock) {
        this.config = config;
        this.irc = irc;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public List<Delivery> deliveriesFor(EventEnvelope<CaseStateChanged> envelope) {
        CaseStateChanged changed = envelope.payload();
        String publicText = Templates.Chat.stateChanged(changed.reference(), changed.from(), changed.to(),
                changed.changedBy(), link(changed.caseId())).render();
        List<Delivery> deliveries = new ArrayList<>(webhooks.about(envelope.eventId(), changed.route(),
                changed.community(), changed.caseId(), changed.reference(), publicText));
        if (changed.family() == CaseFamily.OPERATIONAL) {
            String text = changed.confidential() || changed.route() == Route.SECURITY
                    ? Templates.Chat.confidentialCaseChanged(changed.reference(), link(changed.caseId())).render()
                    : publicText;
            deliveries.add(chat(envelope.eventId(), channelOf(changed.confidential()), STATE_CHANGE, text));
        }
        return deliveries;
    }

    public List<Delivery> handOffsFor(EventEnvelope<CaseRoleHandedOff> envelope) {
        CaseRoleHandedOff handOff = envelope.payload();
        String text = handOff.confidential()
                ? Templates.Chat.confidentialCaseChanged(handOff.reference(), link(handOff.caseId())).render()
                : Templates.Chat.roleHandedOff(handOff.reference(), handOff.to(),
                        handOff.role().toLowerCase(Locale.ROOT).replace('_', ' '), handOff.from()).render();
        return List.of(chat(envelope.eventId(), channelOf(handOff.confidential()), HAND_OFF, text));
    }

    /** One message per change of severity, however many reports made it. */
    public List<Delivery> severityFor(EventEnvelope<CaseSeverityChanged> envelope) {
        CaseSeverityChanged changed = envelope.payload();
        String text = changed.confidential()
                ? Templates.Chat.confidentialCaseChanged(changed.reference(), link(changed.caseId())).render()
                : Templates.Chat.severityChanged(changed.reference(), changed.from() == null ? null
                        : changed.from().name(), changed.to().name(), changed.reportCount()).render();
        return List.of(chat(envelope.eventId(), channelOf(changed.confidential()), SEVERITY_CHANGE, text));
    }

    /** Confidential operational incidents are security incidents: they are worked on in the private channel. */
    private String channelOf(boolean confidential) {
        return confidential ? irc.securityChannel() : irc.opsChannel();
    }

    private Delivery chat(UUID eventId, String channel, String template, String text) {
        return Delivery.pending(eventId, DeliveryChannel.IRC, channel, template, null, text.strip(),
                Instant.now(clock));
    }

    private String link(UUID caseId) {
        return config.staffBaseUrl() + "/api/cases/" + caseId;
    }
}
