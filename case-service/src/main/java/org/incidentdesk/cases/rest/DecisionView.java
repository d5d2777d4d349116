package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.CaseDecision;
import org.incidentdesk.cases.domain.DecisionKind;

/** @param expiredAt when the end of a temporary ban was announced */
public record DecisionView(UUID id, DecisionKind kind, String responsePlan, Instant endsAt, String issuedBy,
        Instant issuedAt, Instant expiredAt) {

    static DecisionView of(CaseDecision decision) {
        return new DecisionView(decision.id, decision.kind, decision.responsePlan, decision.endsAt, decision.issuedBy,
                decision.issuedAt, decision.expiredAt);
    }
}
