package org.incidentdesk.routing.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.Route;
import org.incidentdesk.routing.domain.RoutingDecision;

public record RoutingDecisionView(UUID reportId, ReportKind kind, String community, Route route, String rule,
        String reason, Instant decidedAt) {

    static RoutingDecisionView of(RoutingDecision decision) {
        return new RoutingDecisionView(decision.reportId, decision.kind, decision.community, decision.route,
                decision.rule, decision.reason, decision.decidedAt);
    }
}
