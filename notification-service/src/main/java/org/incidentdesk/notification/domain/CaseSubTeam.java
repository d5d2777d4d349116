package org.incidentdesk.notification.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who is on a conduct case's sub-team, as the last {@code case.sub-team-changed} said. */
@Entity
@Table(name = "case_sub_team")
public class CaseSubTeam {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** Staff user names, comma-separated. */
    @Column(nullable = false)
    public String members;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public List<String> memberList() {
        return Arrays.stream(members.split(",")).filter(name -> !name.isBlank()).toList();
    }
}
