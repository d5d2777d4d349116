package org.incidentdesk.cases.rest;

import java.time.Instant;

import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.CaseTransition;

/** One change of a case's state, for its history. */
public record TransitionView(CaseStatus from, CaseStatus to, String changedBy, Instant changedAt, String note) {

    static TransitionView of(CaseTransition transition) {
        return new TransitionView(transition.from, transition.to, transition.changedBy, transition.changedAt,
                transition.note);
    }
}
