package org.incidentdesk.routing.domain;

import org.incidentdesk.events.OutageImpact;
import org.incidentdesk.events.OutageScope;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSubmitted;

/**
 * The severity of an outage from its user-facing impact and its scope. A report that does not say its impact
 * counts as a partial outage until someone triages it; lost data is never below {@link OutageSeverity#HIGH}.
 */
public record OutageAssessment(OutageSeverity severity, OutageScope scope) {

    /** The community name of a report about every community (monitoring alerts without a community label). */
    public static final String ALL_COMMUNITIES = "all";

    /**
     * @param otherCommunitiesAffected how many other communities have an open incident about the same service
     */
    public static OutageAssessment of(ReportSubmitted report, long otherCommunitiesAffected) {
        OutageScope scope = scopeOf(report.community(), otherCommunitiesAffected);
        OutageImpact impact = report.impact() == null ? OutageImpact.PARTIAL_OUTAGE : report.impact();
        OutageSeverity severity = severityOf(impact, scope);
        if (report.kind() == ReportKind.DATA_LOSS && severity.compareTo(OutageSeverity.HIGH) > 0) {
            severity = OutageSeverity.HIGH;
        }
        return new OutageAssessment(severity, scope);
    }

    /** {@code all}: every community; a service already out in other communities: many; otherwise one. */
    static OutageScope scopeOf(String community, long otherCommunitiesAffected) {
        if (ALL_COMMUNITIES.equals(community)) {
            return OutageScope.ALL_COMMUNITIES;
        }
        return otherCommunitiesAffected > 0 ? OutageScope.MANY_COMMUNITIES : OutageScope.ONE_COMMUNITY;
    }

    static OutageSeverity severityOf(OutageImpact impact, OutageScope scope) {
        boolean wide = scope != OutageScope.ONE_COMMUNITY;
        return switch (impact) {
            case FULL_OUTAGE -> wide ? OutageSeverity.CRITICAL : OutageSeverity.HIGH;
            case PARTIAL_OUTAGE -> wide ? OutageSeverity.HIGH : OutageSeverity.MEDIUM;
            case DEGRADED -> wide ? OutageSeverity.MEDIUM : OutageSeverity.LOW;
        };
    }

    /** The more severe of the two. */
    public static OutageSeverity worse(OutageSeverity a, OutageSeverity b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
