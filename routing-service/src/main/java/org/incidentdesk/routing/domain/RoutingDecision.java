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
}
