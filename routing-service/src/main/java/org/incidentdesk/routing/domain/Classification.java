package org.incidentdesk.routing.domain;

import org.incidentdesk.events.CommunityGuidance;
import org.incidentdesk.events.HumanReview;
import org.incidentdesk.events.Route;

/**
 * The outcome of classifying a report: where it goes, which rule decided and why, where the reporter can go
 * (for a community's process or a redirection), and whether a person should look at it.
 */
public record Classification(Route route, String rule, String reason, CommunityGuidance guidance,
        HumanReview review) {
}
