package org.incidentdesk.routing.domain;

import java.util.Optional;
import java.util.function.Predicate;

import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;

/** One ordered, testable rule: when it matches a report, the report goes to its route. */
public record RoutingRule(String id, Predicate<ReportSubmitted> matches, Route route, String reason) {

    public Optional<Classification> apply(ReportSubmitted report) {
        return matches.test(report) ? Optional.of(new Classification(route, id, reason)) : Optional.empty();
    }
}
