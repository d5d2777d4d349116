package org.incidentdesk.events;

import java.util.UUID;

/**
 * routing-service decided where a report goes.
 *
 * @param rule the id of the classification rule that matched
 * @param reason why, in words a responder can read
 * @param report the report as submitted, so that consumers need not call intake
 * @param configurationVersion the version of the community's configuration the decision used (0: the
 *        organisation's defaults)
 * @param review set when a person should look at the decision
 * @param guidance for reports sent to a community's process or redirected: where the reporter can go
 * @param outage for outage reports: the incident the report was coalesced into
 */
public record ReportRouted(UUID reportId, Route route, String rule, String reason, ReportSubmitted report,
        int configurationVersion, HumanReview review, CommunityGuidance guidance, OutageIncidentLink outage)
        implements IncidentDeskEvent {

    /** A decision on the organisation's defaults, with nothing to review, no guidance and no outage. */
    public ReportRouted(UUID reportId, Route route, String rule, String reason, ReportSubmitted report) {
        this(reportId, route, rule, reason, report, 0, null, null, null);
    }

    /** Outage decisions are keyed by their incident, so that its opening precedes every report attached to it. */
    @Override
    public String aggregateId() {
        return outage != null ? outage.incidentId().toString() : reportId.toString();
    }
}
