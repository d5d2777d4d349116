package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A saved reply the sub-team sent to a party of a conduct case, and what became of it. Confidential. */
@Entity
@Table(name = "party_message")
public class PartyMessage {

    public enum Status {
        /** Asked of notification-service, not delivered yet. */
        REQUESTED,
        DELIVERED,
        /** Not delivered after every attempt; notification-service sends it again once its channel works. */
        UNDELIVERED,
        /** Will never be sent (e.g. the reporter's personal data was erased). */
        CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SavedReply reply;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyRole recipient;

    /** The party written to; null for the reporter of the case's report, reached through intake-service. */
    @Column(name = "party_id")
    public UUID partyId;

    /** The sub-team's own words: the explanation, the next steps, the update. */
    public String text;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "status_at", nullable = false)
    public Instant statusAt;

    public static PartyMessage requested(UUID caseId, SavedReply reply, PartyRole recipient, UUID partyId,
            String text, String requestedBy, Instant at) {
        PartyMessage message = new PartyMessage();
        message.id = UUID.randomUUID();
        message.caseId = caseId;
        message.reply = reply;
        message.recipient = recipient;
        message.partyId = partyId;
        message.text = text;
        message.requestedBy = requestedBy;
        message.requestedAt = at;
        message.status = Status.REQUESTED;
        message.statusAt = at;
        return message;
    }

    /** Records what notification-service reported; a delivered message stays delivered. */
    public boolean settle(Status outcome, Instant at) {
        if (status == Status.DELIVERED || status == outcome) {
            return false;
        }
        status = outcome;
        statusAt = at;
        return true;
    }
}
