package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the Incident Response Team, as sub-team selection needs them. */
@Entity
@Table(name = "irt_member")
public class IrtMember {

    /** The staff user name, as in the sign-in token. */
    @Id
    public String username;

    /** An IANA time zone id, e.g. Europe/Berlin. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** Inactive members keep their history but are not chosen. */
    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
