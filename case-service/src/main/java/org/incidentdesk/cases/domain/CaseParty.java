package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person involved in a conduct case. Confidential: shown only to those who may see the case. */
@Entity
@Table(name = "case_party")
public class CaseParty {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyRole role;

    /** Their wiki user name. */
    @Column(nullable = false)
    public String username;

    /** An IANA time zone id when known; sub-team members must lie within the spread of it. */
    @Column(name = "time_zone")
    public String timeZone;

    /** Where saved replies reach them, when the case cannot ask intake-service (which holds the reporter's). */
    public String email;

    /** The language they read (an IETF language tag), when known. */
    public String language;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    public ZoneId zone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }
}
