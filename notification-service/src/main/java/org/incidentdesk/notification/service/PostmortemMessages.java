package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.PostmortemActionItemOverdue;
import org.incidentdesk.events.PostmortemPublished;
import org.incidentdesk.notification.config.IrcConfig;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.repository.DeliveryRepository;
import org.incidentdesk.notification.template.Templates;

/**
 * A published post-mortem is announced in the ops channel (only operational incidents' reports are ever
 * published); an overdue action item reminds its owner by email, naming the report only.
 */
@ApplicationScoped
public class PostmortemMessages {

    static final String PUBLISHED = "postmortem-published";
    static final String ACTION_ITEM_OVERDUE = "action-item-overdue";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final DeliveryRepository deliveries;
    private final NotificationConfig config;
    private final IrcConfig irc;
    private final Clock clock;

    public PostmortemMessages(DeliveryRepository deliveries, NotificationConfig config, IrcConfig irc, Clock clock) {
        this.deliveries = deliveries;
        this.config = config;
        this.irc = irc;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onPublished(EventEnvelope<PostmortemPublished> envelope) {
        PostmortemPublished published = envelope.payload();
        String reference = published.caseReference() != null ? published.caseReference() : "post-mortem";
        String text = Templates.Chat.postmortemPublished(reference, published.title(), published.publicUrl())
                .render().strip();
        deliveries.addIfNew(Delivery.pending(envelope.eventId(), DeliveryChannel.IRC, irc.opsChannel(), PUBLISHED,
                null, text, Instant.now(clock)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onActionItemOverdue(EventEnvelope<PostmortemActionItemOverdue> envelope) {
        PostmortemActionItemOverdue overdue = envelope.payload();
        String reference = overdue.caseReference() != null ? overdue.caseReference() : "an incident";
        String link = config.staffBaseUrl() + "/api/postmortems/" + overdue.postmortemId() + "/action-items";
        String body = Templates.Email.actionItemOverdue(reference, DAY.format(overdue.dueAt()), link).render();
        deliveries.addIfNew(Delivery.pending(envelope.eventId(), DeliveryChannel.EMAIL,
                overdue.owner() + "@" + config.staffEmailDomain(), ACTION_ITEM_OVERDUE,
                "Action item overdue: post-mortem of " + reference, body, Instant.now(clock)));
    }
}
