package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A conflict-of-interest declaration: an IRT member is connected to a person (a wiki user name, in lower case)
 * or to a case (its id), and is never chosen for a sub-team that would involve them.
 */
@Entity
@Table(name = "irt_connection")
public class IrtConnection {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String member;

    @Column(name = "connected_to", nullable = false)
    public String connectedTo;

    @Column(name = "declared_by", nullable = false)
    public String declaredBy;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
}
