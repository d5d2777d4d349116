package org.incidentdesk.cases.rest;

import java.util.Map;

import org.incidentdesk.cases.domain.UserType;
import org.incidentdesk.cases.service.IncidentImpact;

public record ImpactView(Map<UserType, String> impacts, String dataLost, String contributionsRejected) {

    static ImpactView of(IncidentImpact.Assessment assessment) {
        return new ImpactView(assessment.impacts(), assessment.dataLost(), assessment.contributionsRejected());
    }
}
