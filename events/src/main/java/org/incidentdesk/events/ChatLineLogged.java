package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone wrote a {@code !log} line in the ops chat channel: notification-service, which sits in the channel,
 * passes it on for the timeline of the incident it is about.
 *
 * @param text the line without {@code !log}, as written; it names the incident (e.g. {@code INC-12}) when the
 *        channel works on several at once
 */
public record ChatLineLogged(
        UUID lineId,
        String channel,
        String nick,
        String text,
        Instant loggedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return channel;
    }
}
