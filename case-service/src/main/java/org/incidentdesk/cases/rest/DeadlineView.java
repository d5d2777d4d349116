package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.CaseDeadline;
import org.incidentdesk.cases.domain.DeadlineKind;

/** A deadline of a case: PENDING, MET (on time) or MISSED (also when it was met late: see {@code metAt}). */
public record DeadlineView(UUID id, DeadlineKind kind, Instant dueAt, CaseDeadline.Status status, Instant metAt,
        String metBy, Instant missedAt) {

    static DeadlineView of(CaseDeadline deadline) {
        return new DeadlineView(deadline.id, deadline.kind, deadline.dueAt, deadline.status(), deadline.metAt,
                deadline.metBy, deadline.missedAt);
    }
}
