package org.incidentdesk.routing.domain;

import org.incidentdesk.events.Route;

/** The outcome of classifying a report: where it goes, which rule decided, and why. */
public record Classification(Route route, String rule, String reason) {
}
