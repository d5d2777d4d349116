package org.incidentdesk.routing.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.incidentdesk.events.CommunityGuidance;
import org.incidentdesk.events.HumanReview;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;

/**
 * Classifies a report by the first rule that matches, in order from the most urgent: an emergency is never
 * routed anywhere but to Trust and Safety, and no community setting can turn emergencies or security reports
 * away. A non-emergency report whose words suggest an emergency keeps its route and is flagged for human review.
 */
public final class ReportClassifier {

    static final List<RoutingRule> RULES = List.of(
            RoutingRule.of("emergency", (report, community) -> report.kind() == ReportKind.EMERGENCY, Route.EMERGENCY,
                    "Immediate threat of physical harm: to Trust and Safety, private, highest urgency"),
            RoutingRule.of("security", (report, community) -> report.kind() == ReportKind.SECURITY, Route.SECURITY,
                    "Security issue: to the security specialists, confidential"),
            RoutingRule.of("not-an-incident", (report, community) -> report.kind() == ReportKind.OTHER,
                    Route.NOT_ACTIONABLE,
                    "Support request, not an incident: redirected to the community's \"Get support\" page"),
            new RoutingRule("flow-not-taken", (report, community) -> fromThePublic(report)
                    && !community.settings().takes(report.kind()),
                    Route.NOT_ACTIONABLE, (report, community) -> community.community() + " does not take "
                            + words(report.kind()) + " reports here: redirected to its \"Get support\" page"),
            RoutingRule.of("outage", (report, community) -> report.kind() == ReportKind.OUTAGE, Route.OUTAGE,
                    "Service outage: to the infrastructure on-call"),
            RoutingRule.of("data-loss", (report, community) -> report.kind() == ReportKind.DATA_LOSS, Route.OUTAGE,
                    "Data loss: to the infrastructure on-call"),
            new RoutingRule("organisation-space", (report, community) -> community.organisationSpace(),
                    Route.CONDUCT_CASE, (report, community) -> "Conduct in the organisation's own space "
                            + community.community() + ": to the Incident Response Team's case tracker"),
            new RoutingRule("handed-to-irt",
                    (report, community) -> community.settings().conductHandling() == ConductHandling.INCIDENT_RESPONSE_TEAM,
                    Route.CONDUCT_CASE, (report, community) -> community.community()
                            + " hands its conduct cases to the Incident Response Team"),
            new RoutingRule("behaviour-not-offered",
                    (report, community) -> report.behaviour() != null
                            && !community.settings().behaviourTypes().contains(report.behaviour()),
                    Route.NOT_ACTIONABLE, (report, community) -> community.community() + " does not handle "
                            + words(report.behaviour()) + " reports: redirected to its \"Get support\" page"),
            new RoutingRule("community-process", (report, community) -> true, Route.COMMUNITY_PROCESS,
                    (report, community) -> "Conduct on " + community.community() + ": to the community's own process ("
                            + words(community.settings().destination().kind()) + ")"));

    public Classification classify(ReportSubmitted report, CommunityProfile community) {
        RoutingRule rule = RULES.stream()
                .filter(candidate -> candidate.appliesTo(report, community))
                .findFirst()
                .orElseThrow(); // the last rule matches every report
        return new Classification(rule.route(), rule.id(), rule.reason().apply(report, community),
                guidanceFor(rule.route(), report, community), reviewOf(report));
    }

    /** Members and anonymous reporters; alerts, staff declarations and the private mailbox are always taken. */
    private static boolean fromThePublic(ReportSubmitted report) {
        return report.source() == ReportSource.COMMUNITY_MEMBER || report.source() == ReportSource.ANONYMOUS;
    }

    /** Reporters sent to a community's process or redirected learn where to go. */
    private static CommunityGuidance guidanceFor(Route route, ReportSubmitted report, CommunityProfile community) {
        if (route != Route.COMMUNITY_PROCESS && route != Route.NOT_ACTIONABLE) {
            return null;
        }
        CommunitySettings settings = community.settings();
        return new CommunityGuidance(settings.supportPage(), settings.supportLinkFor(report.behaviour()).orElse(null),
                settings.destination().kind(), settings.destination().address());
    }

    private static HumanReview reviewOf(ReportSubmitted report) {
        if (report.kind() == ReportKind.EMERGENCY || report.emergencyHints().isEmpty()) {
            return null;
        }
        return new HumanReview("Its words suggest an emergency ("
                + report.emergencyHints().stream().map(ReportClassifier::words).collect(Collectors.joining(", "))
                + "): Trust and Safety should look at it; it was not upgraded", report.emergencyHints());
    }

    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
