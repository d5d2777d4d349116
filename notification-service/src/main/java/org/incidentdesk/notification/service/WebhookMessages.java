package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.events.Route;
import org.incidentdesk.notification.channel.WebhookSender;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.template.Templates;

/**
 * Which webhook hears of a case, and what it reads: a community's webhook its outages, in full; the teams'
 * webhooks their confidential cases (security incidents, code-of-conduct cases, emergencies), by reference and
 * link only.
 */
@ApplicationScoped
public class WebhookMessages {

    static final String TEMPLATE = "webhook";

    private final WebhookSender webhooks;
    private final NotificationConfig config;
    private final Clock clock;

    public WebhookMessages(WebhookSender webhooks, NotificationConfig config, Clock clock) {
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param publicText what an outage's message says; confidential cases get their reference and link instead
     */
    public List<Delivery> about(UUID eventId, Route route, String community, UUID caseId, String reference,
            String publicText) {
        return about(eventId, route, community, caseId, reference, publicText, false);
    }

    /** The same, for a case that just opened: confidential ones say "opened" rather than "changed". */
    public List<Delivery> aboutOpening(UUID eventId, Route route, String community, UUID caseId, String reference,
            String publicText) {
        return about(eventId, route, community, caseId, reference, publicText, true);
    }

    private List<Delivery> about(UUID eventId, Route route, String community, UUID caseId, String reference,
            String publicText, boolean opening) {
        Optional<String> webhook = switch (route) {
            case OUTAGE -> webhooks.forCommunity(community);
            case SECURITY -> webhooks.forTeam("security");
            case CONDUCT_CASE -> webhooks.forTeam("irt");
            case EMERGENCY -> webhooks.forTeam("trust-and-safety");
            case COMMUNITY_PROCESS, NOT_ACTIONABLE -> Optional.empty();
        };
        String link = config.staffBaseUrl() + "/api/cases/" + caseId;
        String text = route == Route.OUTAGE ? publicText
                : (opening ? Templates.Chat.confidentialCaseOpened(reference, link)
                        : Templates.Chat.confidentialCaseChanged(reference, link)).render();
        return webhook.map(name -> List.of(Delivery.pending(eventId, DeliveryChannel.WEBHOOK, name, TEMPLATE, null,
                text.strip(), Instant.now(clock)))).orElse(List.of());
    }
}
