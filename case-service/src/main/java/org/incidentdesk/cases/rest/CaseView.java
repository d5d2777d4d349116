package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.security.CaseAccessLevel;
import org.incidentdesk.cases.service.CaseService;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.Route;

/**
 * A case as authorised staff see it. Who reported it stays with intake-service (by report id).
 *
 * @param access FULL, or EXISTENCE in a list for staff who may know the case exists but not open it: then only
 *        the id, reference, family, route, status and dates are given
 */
public record CaseView(UUID id, String reference, CaseFamily family, Route route, CaseStatus status, String title,
        boolean confidential, UUID reportId, String community, String affectedService, Instant openedAt,
        Instant closedAt, String closedBy, String resolution, int reportCount, OutageSeverity severity,
        String communicator, String diagnosisLead, CaseAccessLevel access) {

    static CaseView of(IncidentCase c) {
        return new CaseView(c.id, c.reference, c.family, c.route, c.status, c.title, c.confidential, c.reportId,
                c.community, c.affectedService, c.openedAt, c.closedAt, c.closedBy, c.resolution, c.reportCount,
                c.severity, c.communicator, c.diagnosisLead, CaseAccessLevel.FULL);
    }

    static CaseView of(CaseService.Listed listed) {
        IncidentCase c = listed.incidentCase();
        return listed.access() == CaseAccessLevel.FULL ? of(c)
                : new CaseView(c.id, c.reference, c.family, c.route, c.status, null, c.confidential, null, null, null,
                        c.openedAt, c.closedAt, null, null, 0, null, null, null, CaseAccessLevel.EXISTENCE);
    }
}
