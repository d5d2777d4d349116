package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.Route;

/** A case as authorised staff see it. Who reported it stays with intake-service (by report id). */
public record CaseView(UUID id, String reference, CaseFamily family, Route route, CaseStatus status, String title,
        boolean confidential, UUID reportId, String community, String affectedService, Instant openedAt,
        Instant closedAt, String closedBy, String resolution, int reportCount, OutageSeverity severity,
        String communicator, String diagnosisLead) {

    static CaseView of(IncidentCase c) {
        return new CaseView(c.id, c.reference, c.family, c.route, c.status, c.title, c.confidential, c.reportId,
                c.community, c.affectedService, c.openedAt, c.closedAt, c.closedBy, c.resolution, c.reportCount,
                c.severity, c.communicator, c.diagnosisLead);
    }
}
