package org.incidentdesk.routing.domain;

/**
 * What the classifier knows of a report's community: its settings in force and their version (0 for the
 * organisation's defaults), and whether it is one of the organisation's own spaces, whose conduct cases always
 * go to the Incident Response Team.
 */
public record CommunityProfile(String community, int version, CommunitySettings settings,
        boolean organisationSpace) {
}
