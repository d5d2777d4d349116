package org.incidentdesk.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Staff changed a community's configuration in routing-service. Carries what other services apply themselves:
 * intake's eligibility rules and daily limits, the flows the community takes, its "Get support" page and language.
 *
 * @param version the configuration's version, counting from 1 per community
 */
public record CommunityConfigured(
        String community,
        int version,
        Set<ReportKind> enabledFlows,
        Eligibility eligibility,
        DailyLimits limits,
        String supportPage,
        String language,
        Instant changedAt) implements IncidentDeskEvent {

    /** Who may report in the community. */
    public record Eligibility(Duration minAccountAge, int minEdits, boolean requireConfirmedEmail) {
    }

    /** Reports a day a member may file in the community. */
    public record DailyLimits(int unconfirmedPerDay, int confirmedPerDay, int emergenciesPerDay) {
    }

    @Override
    public String aggregateId() {
        return community;
    }
}
