package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One access to a confidential case: who opened it or something in it, what, and when. */
@Entity
@Table(name = "case_access_audit")
public class CaseAccessRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String reader;

    /** What they did, e.g. {@code read case}, {@code read parties}, {@code form sub-team}. */
    @Column(nullable = false)
    public String action;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;
}
