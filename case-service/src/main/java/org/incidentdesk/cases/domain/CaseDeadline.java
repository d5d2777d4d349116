package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One deadline of a conduct case: what is owed, when it is due, and whether and when it was met (by whom) or
 * found missed. A deadline met after it was missed stays recorded as missed, with when it was met.
 */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline {

    public enum Status {
        PENDING,
        MET,
        MISSED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineKind kind;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "met_at")
    public Instant metAt;

    @Column(name = "met_by")
    public String metBy;

    @Column(name = "missed_at")
    public Instant missedAt;

    public static CaseDeadline due(UUID caseId, DeadlineKind kind, Instant dueAt) {
        CaseDeadline deadline = new CaseDeadline();
        deadline.id = UUID.randomUUID();
        deadline.caseId = caseId;
        deadline.kind = kind;
        deadline.dueAt = dueAt;
        return deadline;
    }

    public Status status() {
        if (missedAt != null) {
            return Status.MISSED;
        }
        return metAt != null ? Status.MET : Status.PENDING;
    }

    public boolean isOpen() {
        return metAt == null;
    }

    /** Records that what was owed was done; done after the due time, the deadline counts as missed. */
    public void meet(String staffMember, Instant at) {
        metAt = at;
        metBy = staffMember;
        if (at.isAfter(dueAt) && missedAt == null) {
            missedAt = dueAt;
        }
    }

    public void miss(Instant at) {
        missedAt = at;
    }
}
