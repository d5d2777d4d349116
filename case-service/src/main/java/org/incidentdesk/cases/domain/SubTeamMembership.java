package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One IRT member's time on a conduct case's sub-team, from joining to leaving. */
@Entity
@Table(name = "sub_team_membership")
public class SubTeamMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String member;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "removed_by")
    public String removedBy;

    public static SubTeamMembership join(UUID caseId, String member, String addedBy, Instant at) {
        SubTeamMembership membership = new SubTeamMembership();
        membership.caseId = caseId;
        membership.member = member;
        membership.addedBy = addedBy;
        membership.joinedAt = at;
        return membership;
    }

    public boolean isCurrent() {
        return leftAt == null;
    }

    public void leave(String by, Instant at) {
        leftAt = at;
        removedBy = by;
    }
}
