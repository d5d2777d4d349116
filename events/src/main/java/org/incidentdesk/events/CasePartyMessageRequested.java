package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sub-team of a conduct case asked for one of the process's saved replies to be sent to a party (the
 * reporter or the reported party). The text and the address stay in case-service (and intake-service):
 * notification-service reads them there, with its own token, when it sends.
 *
 * @param reply ACKNOWLEDGEMENT, NOT_A_VIOLATION, NEXT_STEPS, REPORTED_PARTY_NOTICE, STATUS_UPDATE, RESPONSE_PLAN
 *        or OUTCOME
 * @param recipient REPORTER or REPORTED_PARTY
 */
public record CasePartyMessageRequested(
        UUID caseId,
        String reference,
        UUID messageId,
        String reply,
        String recipient,
        String requestedBy,
        Instant requestedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
