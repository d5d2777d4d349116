package org.incidentdesk.routing.domain;

import java.util.List;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;

/**
 * Classifies a report by the first rule that matches. Rules are ordered from the most urgent: an emergency
 * is never routed anywhere but to Trust and Safety.
 */
public final class ReportClassifier {

    private static final List<RoutingRule> RULES = List.of(
            kindRule("emergency", ReportKind.EMERGENCY, Route.EMERGENCY,
                    "Immediate threat of physical harm: to Trust and Safety, private, highest urgency"),
            kindRule("security", ReportKind.SECURITY, Route.SECURITY,
                    "Security issue: to the security specialists, confidential"),
            kindRule("outage", ReportKind.OUTAGE, Route.OUTAGE, "Service outage: to the infrastructure on-call"),
            kindRule("data-loss", ReportKind.DATA_LOSS, Route.OUTAGE, "Data loss: to the infrastructure on-call"),
            kindRule("conduct", ReportKind.CONDUCT, Route.CONDUCT_CASE,
                    "Code-of-conduct report: to the Incident Response Team's case tracker"),
            kindRule("not-an-incident", ReportKind.OTHER, Route.NOT_ACTIONABLE,
                    "Support request, not an incident: redirected to the support channels"));

    public Classification classify(ReportSubmitted report) {
        return RULES.stream()
                .flatMap(rule -> rule.apply(report).stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No routing rule for kind " + report.kind()));
    }

    private static RoutingRule kindRule(String id, ReportKind kind, Route route, String reason) {
        return new RoutingRule(id, report -> report.kind() == kind, route, reason);
    }
}
