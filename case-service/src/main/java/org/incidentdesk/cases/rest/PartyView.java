package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.CaseParty;
import org.incidentdesk.cases.domain.PartyRole;
import org.incidentdesk.cases.service.CaseParties;

/** @param mayBeContacted false for a reported party the reporter did not agree may be told of the report */
public record PartyView(UUID id, PartyRole role, String username, String timeZone, String email, String language,
        boolean mayBeContacted, String addedBy, Instant addedAt) {

    static PartyView of(CaseParties.Involved involved) {
        CaseParty party = involved.party();
        return new PartyView(party.id, party.role, party.username, party.timeZone, party.email, party.language,
                involved.mayBeContacted(),
                party.addedBy, party.addedAt);
    }
}
