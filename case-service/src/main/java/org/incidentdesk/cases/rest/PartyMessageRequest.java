package org.incidentdesk.cases.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.incidentdesk.cases.domain.PartyRole;
import org.incidentdesk.cases.domain.SavedReply;

/**
 * A saved reply to send to a party of a conduct case.
 *
 * @param to REPORTER or REPORTED_PARTY; needed only for a status update, which goes to either
 * @param partyId which party, when the case has several of that kind (the reporter of the case's report needs none)
 * @param text the sub-team's own words: required for NOT_A_VIOLATION (the explanation), NEXT_STEPS and
 *        STATUS_UPDATE, optional for the others
 */
public record PartyMessageRequest(@NotNull SavedReply reply, PartyRole to, UUID partyId,
        @Size(max = 20_000) String text) {
}
