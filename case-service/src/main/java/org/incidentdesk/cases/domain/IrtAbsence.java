package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Days an IRT member is away (a vacation, declared unavailability), both inclusive, in their time zone. */
@Entity
@Table(name = "irt_absence")
public class IrtAbsence {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String member;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "declared_by", nullable = false)
    public String declaredBy;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
}
