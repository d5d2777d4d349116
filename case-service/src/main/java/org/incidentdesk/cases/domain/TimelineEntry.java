package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of an incident's timeline. Append-only: the database refuses to change or remove one. */
@Entity
@Table(name = "case_timeline_entry")
public class TimelineEntry {

    public enum Kind {
        /** Written by a staff member. */
        NOTE,
        STATE_CHANGE,
        ROLE_HAND_OFF,
        SERVICE_STATE,
        /** Routing reassessed the outage's severity as reports arrived. */
        SEVERITY,
        /** A {@code !log} line from the ops chat channel. */
        CHAT_LOG,
        /** A monitoring system resolved an alert of the outage. */
        ALERT_RESOLVED,
        /** A saved reply reached a party of a conduct case (or could not, yet). */
        PARTY_MESSAGE
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String text;

    /** A staff member, a chat nick, or a monitoring system. */
    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public Instant at;

    /** For entries from elsewhere (a chat line): its id there, kept once. */
    @Column(name = "source_id")
    public UUID sourceId;

    /** The order entries were made in, for those made at the same instant; the database assigns it. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public static TimelineEntry of(UUID caseId, Kind kind, String text, String author, Instant at) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.kind = kind;
        entry.text = text;
        entry.author = author;
        entry.at = at;
        return entry;
    }
}
