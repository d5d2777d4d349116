package org.incidentdesk.routing.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.Route;
import org.incidentdesk.routing.domain.RoutingDecision;

/**
 * @param configurationVersion the version of the community's configuration the decision used (0: defaults)
 * @param reviewReason why a person should look at the decision, when they should
 * @param incidentId the outage incident the report was coalesced into
 */
public record RoutingDecisionView(UUID reportId, ReportKind kind, String community, Route route, String rule,
        String reason, Instant decidedAt, int configurationVersion, String reviewReason, UUID incidentId) {

    static RoutingDecisionView of(RoutingDecision decision) {
        return new RoutingDecisionView(decision.reportId, decision.kind, decision.community, decision.route,
                decision.rule, decision.reason, decision.decidedAt, decision.configurationVersion,
                decision.reviewReason, decision.incidentId);
    }
}
