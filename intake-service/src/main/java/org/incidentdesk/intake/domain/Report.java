package org.incidentdesk.intake.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.platform.domain.ReporterContact;

/** A report as intake accepted it. The reporter's contact details are confidential. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportKind kind;

    @Column(nullable = false)
    public String community;

    @Column(nullable = false)
    public String summary;

    public String details;

    @Column(name = "affected_service")
    public String affectedService;

    @Embedded
    public ReporterContact reporter;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
