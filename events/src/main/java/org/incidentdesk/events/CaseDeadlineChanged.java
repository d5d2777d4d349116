package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A deadline of a conduct case was set, met, missed or cancelled (reply to the reporter within 3 days; updates every 14
 * days while investigating).
 *
 * @param kind the deadline's kind, as case-service names it (REPLY_TO_REPORTER, NOTIFY_PARTIES, STATUS_UPDATE)
 * @param route the case's route: code-of-conduct cases are the IRT's, emergencies Trust and Safety's
 * @param at when it was set, met or found missed
 * @param by who met it, for {@link Outcome#MET}
 */
public record CaseDeadlineChanged(
        UUID caseId,
        String reference,
        boolean confidential,
        UUID deadlineId,
        String kind,
        Outcome outcome,
        Instant dueAt,
        Instant at,
        String by,
        Route route) implements IncidentDeskEvent {

    public enum Outcome {
        SET,
        MET,
        MISSED,
        /** No longer owed, e.g. the fortnightly update once the investigation ended. */
        CANCELLED
    }

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
