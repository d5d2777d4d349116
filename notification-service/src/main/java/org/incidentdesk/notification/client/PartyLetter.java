package org.incidentdesk.notification.client;

import java.time.Instant;
import java.util.UUID;

/**
 * A saved reply as case-service gives it for one message: to the reporter of {@code reportId} (whose address
 * intake-service gives) or to {@code email}, and what to say. Never stored, never logged.
 *
 * @param reply ACKNOWLEDGEMENT, NOT_A_VIOLATION, NEXT_STEPS, REPORTED_PARTY_NOTICE, STATUS_UPDATE, RESPONSE_PLAN
 *        or OUTCOME
 * @param recipient REPORTER or REPORTED_PARTY
 * @param text the sub-team's own words; may be null for the replies that need none
 * @param decision the case's decision (CORRECTION, WARNING, TEMPORARY_BAN, PERMANENT_BAN) once issued
 * @param responsePlan the decision's response plan, in a RESPONSE_PLAN only
 */
public record PartyLetter(String reference, String community, String reply, String recipient, UUID reportId,
        String email, String language, String text, String decision, Instant decisionEndsAt, String responsePlan,
        long updateIntervalDays) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
