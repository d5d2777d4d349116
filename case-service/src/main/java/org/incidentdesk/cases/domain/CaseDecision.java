package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The decision of a conduct case, issued with its response plan; a temporary ban has an end. Confidential. */
@Entity
@Table(name = "case_decision")
public class CaseDecision {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionKind kind;

    /** The reply issued to the reported party ("Issuing a Response Plan"). */
    @Column(name = "response_plan", nullable = false)
    public String responsePlan;

    /** When a temporary ban ends; null for the other decisions. */
    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** When the end of a temporary ban was found and announced. */
    @Column(name = "expired_at")
    public Instant expiredAt;
}
