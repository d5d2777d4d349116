package org.incidentdesk.events;

/**
 * Where a reporter is sent when their report goes to a community's own process or is redirected: the
 * community's "Get support" page, its page for the reported behaviour, and the community's destination.
 *
 * @param behaviourPage the "Get support" link for the report's behaviour type, when the community set one
 * @param destination an email address, a queue name or a noticeboard URL, as {@code destinationKind} says
 */
public record CommunityGuidance(String supportPage, String behaviourPage, DestinationKind destinationKind,
        String destination) {

    /** The destination a reporter may be shown: only a public one. */
    public String publicDestination() {
        return destinationKind != null && destinationKind.isPublic() ? destination : null;
    }
}
