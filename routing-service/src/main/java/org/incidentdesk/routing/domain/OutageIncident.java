package org.incidentdesk.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.incidentdesk.events.OutageIncidentLink;
import org.incidentdesk.events.OutageScope;
import org.incidentdesk.events.OutageSeverity;

/**
 * One outage as routing sees it: every report and alert about the same service and community within the
 * coalescing window of the previous one is linked to it. An incident whose window passed lapses, and one whose
 * case was closed closes; either way the next report opens a new one.
 */
@Entity
@Table(name = "outage_incident")
public class OutageIncident {

    public enum State {
        OPEN,
        /** No report within the coalescing window: later reports open a new incident. */
        LAPSED,
        /** Its case was closed: later reports open a new incident. */
        CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "coalescing_key", nullable = false)
    public String coalescingKey;

    @Column(nullable = false)
    public String community;

    @Column(name = "affected_service")
    public String affectedService;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutageSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutageScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "last_report_at", nullable = false)
    public Instant lastReportAt;

    @Column(name = "report_count", nullable = false)
    public int reportCount;

    @Column(name = "alert_resolved_at")
    public Instant alertResolvedAt;

    public static OutageIncident open(String coalescingKey, String community, String affectedService,
            OutageAssessment assessment, Instant at) {
        OutageIncident incident = new OutageIncident();
        incident.id = UUID.randomUUID();
        incident.coalescingKey = coalescingKey;
        incident.community = community;
        incident.affectedService = affectedService;
        incident.severity = assessment.severity();
        incident.scope = assessment.scope();
        incident.state = State.OPEN;
        incident.openedAt = at;
        incident.lastReportAt = at;
        incident.reportCount = 1;
        return incident;
    }

    public boolean takesReportsAt(Instant at, Duration window) {
        return state == State.OPEN && !lastReportAt.plus(window).isBefore(at);
    }

    /** Links one more report; the incident keeps the worst severity it was reported with. */
    public void attach(OutageAssessment assessment, Instant at) {
        reportCount++;
        if (at.isAfter(lastReportAt)) {
            lastReportAt = at;
        }
        severity = OutageAssessment.worse(severity, assessment.severity());
        if (assessment.scope().compareTo(scope) > 0) {
            scope = assessment.scope();
        }
    }

    public void lapse() {
        state = State.LAPSED;
    }

    public void close() {
        state = State.CLOSED;
    }

    public OutageIncidentLink link(boolean opened) {
        return new OutageIncidentLink(id, opened, reportCount, severity, scope);
    }
}
