package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.CaseBanExpired;
import org.incidentdesk.events.CaseDeadlineChanged;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.Route;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.repository.DeliveryRepository;
import org.incidentdesk.notification.template.Templates;

/**
 * The schedules of the conduct process, kept as deliveries in the database (so they survive restarts, and the
 * dispatcher's {@code SKIP LOCKED} sends each once whatever the number of replicas): a deadline set schedules a
 * reminder a day before it to the sub-team (as it is when the reminder goes; the IRT's list while there is none),
 * or for an emergency to Trust and Safety; the end of a temporary ban is announced to the sub-team; a deadline
 * met or
 * cancelled withdraws it; a deadline missed escalates to the director and the deputy at once. Messages name the
 * case by reference and link only.
 */
@ApplicationScoped
public class DeadlineMessages {

    static final String REMINDER = "deadline-reminder";
    static final String ESCALATION = "deadline-escalation";
    static final String BAN_ENDED = "ban-ended";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final DeliveryRepository deliveries;
    private final NotificationConfig config;
    private final Clock clock;

    public DeadlineMessages(DeliveryRepository deliveries, NotificationConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDeadlineChanged(EventEnvelope<CaseDeadlineChanged> envelope) {
        CaseDeadlineChanged deadline = envelope.payload();
        String topic = "deadline:" + deadline.deadlineId();
        switch (deadline.outcome()) {
            case SET -> remind(envelope.eventId(), deadline, topic);
            case MET, CANCELLED -> deliveries.cancelPendingAbout(topic, "The deadline was " + deadline.outcome());
            case MISSED -> escalate(envelope.eventId(), deadline, topic);
        }
    }

    /** The end of a temporary ban is announced to the sub-team that decided it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onBanExpired(EventEnvelope<CaseBanExpired> envelope) {
        CaseBanExpired ended = envelope.payload();
        String subject = ended.reference() + ": the temporary ban ended";
        String body = Templates.Email.banEnded(ended.reference(), DUE.format(ended.endedAt()), link(ended.caseId()))
                .render();
        deliveries.addIfNew(Delivery.pending(envelope.eventId(), DeliveryChannel.SUB_TEAM_EMAIL,
                ended.caseId().toString(), BAN_ENDED, subject, body, Instant.now(clock)));
    }

    private void remind(UUID eventId, CaseDeadlineChanged deadline, String topic) {
        Instant now = Instant.now(clock);
        Instant remindAt = deadline.dueAt().minus(config.reminderLead());
        String subject = deadline.reference() + ": " + what(deadline.kind()) + " is due "
                + DUE.format(deadline.dueAt());
        String body = Templates.Email.deadlineReminder(deadline.reference(), what(deadline.kind()),
                DUE.format(deadline.dueAt()), link(deadline.caseId())).render();
        Delivery reminder = deadline.route() == Route.CONDUCT_CASE
                ? Delivery.pending(eventId, DeliveryChannel.SUB_TEAM_EMAIL, deadline.caseId().toString(), REMINDER,
                        subject, body, now)
                : Delivery.pending(eventId, DeliveryChannel.EMAIL, config.trustAndSafetyAddress(), REMINDER, subject,
                        body, now);
        deliveries.addIfNew(reminder.scheduledAt(remindAt.isAfter(now) ? remindAt : now, topic));
    }

    private void escalate(UUID eventId, CaseDeadlineChanged deadline, String topic) {
        Instant now = Instant.now(clock);
        deliveries.cancelPendingAbout(topic, "The deadline passed");
        String subject = deadline.reference() + ": " + what(deadline.kind()) + " is overdue";
        String body = Templates.Email.deadlineEscalation(deadline.reference(), what(deadline.kind()),
                DUE.format(deadline.dueAt()), link(deadline.caseId())).render();
        config.escalationRecipients().forEach(recipient -> deliveries.addIfNew(Delivery.pending(eventId,
                DeliveryChannel.EMAIL, recipient.strip(), ESCALATION, subject, body, now)));
    }

    private static String what(String kind) {
        return switch (kind) {
            case "REPLY_TO_REPORTER" -> "the reply to the reporter";
            case "NOTIFY_PARTIES" -> "word to the parties on the next steps";
            case "STATUS_UPDATE" -> "the update to the reporter and the reported party";
            default -> "a deadline (" + kind + ")";
        };
    }

    private String link(UUID caseId) {
        return config.staffBaseUrl() + "/api/cases/" + caseId;
    }
}
