package org.incidentdesk.routing.domain;

import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;

/**
 * One ordered, testable rule: when it matches a report in its community, the report goes to its route, for the
 * reason it gives.
 */
public record RoutingRule(String id, BiPredicate<ReportSubmitted, CommunityProfile> matches, Route route,
        BiFunction<ReportSubmitted, CommunityProfile, String> reason) {

    static RoutingRule of(String id, BiPredicate<ReportSubmitted, CommunityProfile> matches, Route route,
            String reason) {
        return new RoutingRule(id, matches, route, (report, community) -> reason);
    }

    boolean appliesTo(ReportSubmitted report, CommunityProfile community) {
        return matches.test(report, community);
    }
}
