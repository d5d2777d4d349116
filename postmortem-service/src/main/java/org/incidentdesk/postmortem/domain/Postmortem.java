package org.incidentdesk.postmortem.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The post-mortem report of one incident. */
@Entity
@Table(name = "postmortem")
public class Postmortem {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;

    @Column(name = "case_reference", nullable = false)
    public String caseReference;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostmortemStatus status;

    /** Security, privacy and legal incidents: never public. */
    @Column(nullable = false)
    public boolean confidential;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
