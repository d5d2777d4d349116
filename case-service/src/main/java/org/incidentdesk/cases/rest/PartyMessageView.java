package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.PartyMessage;
import org.incidentdesk.cases.domain.PartyRole;
import org.incidentdesk.cases.domain.SavedReply;

/** A saved reply sent to a party, and whether it reached them ({@code statusAt}: when it was delivered). */
public record PartyMessageView(UUID id, SavedReply reply, PartyRole to, UUID partyId, String text,
        String requestedBy, Instant requestedAt, PartyMessage.Status status, Instant statusAt) {

    static PartyMessageView of(PartyMessage message) {
        return new PartyMessageView(message.id, message.reply, message.recipient, message.partyId, message.text,
                message.requestedBy, message.requestedAt, message.status, message.statusAt);
    }
}
