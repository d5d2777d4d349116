package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.problem.ProblemException;

/** A conduct case or an operational incident, opened from a routed report. */
@Entity
@Table(name = "incident_case")
public class IncidentCase {

    @Id
    public UUID id;

    /** Optimistic lock: of two concurrent changes, the second is refused (409) instead of overwriting. */
    @Version
    public long version;

    @Column(nullable = false, unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseFamily family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public boolean confidential;

    @Column(name = "report_id", nullable = false, unique = true)
    public UUID reportId;

    @Column(nullable = false)
    public String community;

    @Column(name = "affected_service")
    public String affectedService;

    /** For an outage: the incident routing coalesced its reports into (one case per incident). */
    @Column(name = "outage_incident_id", unique = true)
    public UUID outageIncidentId;

    /** How many reports the case links: more than one when routing coalesced an outage's reports. */
    @Column(name = "report_count", nullable = false)
    public int reportCount = 1;

    @Enumerated(EnumType.STRING)
    public OutageSeverity severity;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public String resolution;

    /**
     * A post-mortem must be filed for a visible user-facing outage, data loss, or a security incident
     * (regardless of impact).
     */
    public boolean requiresPostmortem() {
        return route == Route.OUTAGE || route == Route.SECURITY;
    }

    public void close(String resolutionText, String staffMember, Instant at) {
        if (status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("Case " + reference + " is already closed");
        }
        status = CaseStatus.CLOSED;
        resolution = resolutionText;
        closedBy = staffMember;
        closedAt = at;
    }
}
