package org.incidentdesk.routing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.Route;

/** The one routing decision of a report, with the rule that made it. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportKind kind;

    @Column(nullable = false)
    public String community;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** The version of the community's configuration the decision used; 0 for the organisation's defaults. */
    @Column(name = "configuration_version", nullable = false)
    public int configurationVersion;

    /** Why a person should look at the decision, when they should. */
    @Column(name = "review_reason")
    public String reviewReason;

    /** The outage incident the report was coalesced into, for outage reports. */
    @Column(name = "incident_id")
    public UUID incidentId;
}
