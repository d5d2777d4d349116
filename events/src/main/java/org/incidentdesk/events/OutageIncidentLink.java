package org.incidentdesk.events;

import java.util.UUID;

/**
 * The outage incident a report was coalesced into: the first report about a service and community opens it,
 * later ones within the coalescing window attach to it.
 *
 * @param opensIncident true for the report that opened the incident
 * @param reportCount the reports linked to the incident so far, this one included
 */
public record OutageIncidentLink(UUID incidentId, boolean opensIncident, int reportCount, OutageSeverity severity,
        OutageScope scope) {
}
