package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What became of one message notification-service was asked to send: sent, parked after its last attempt (it
 * will be sent again once its channel works), or cancelled (e.g. the recipient's personal data was erased). Never
 * the recipient's address or the message's text.
 *
 * @param deliveryId notification-service's delivery record
 * @param causeEventId the event the message answers
 * @param channel EMAIL, REPORTER_EMAIL, PARTY_EMAIL, SUB_TEAM_EMAIL, IRC or WEBHOOK
 * @param template which message (e.g. {@code acknowledgement}, {@code next_steps})
 * @param caseId the case it is about, when it is about one
 * @param partyMessageId the case's party message it delivers, for saved replies of the conduct process
 */
public record NotificationDeliveryOutcome(
        long deliveryId,
        UUID causeEventId,
        String channel,
        String template,
        Outcome outcome,
        UUID caseId,
        UUID partyMessageId,
        Instant at) implements IncidentDeskEvent {

    public enum Outcome {
        SENT, PARKED, CANCELLED
    }

    @Override
    public String aggregateId() {
        return caseId != null ? caseId.toString() : Long.toString(deliveryId);
    }
}
