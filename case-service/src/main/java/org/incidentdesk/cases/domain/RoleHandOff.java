package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of who holds a role of an operational incident: the first responder taking both, or a hand-off. */
@Entity
@Table(name = "case_role_hand_off")
public class RoleHandOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentRole role;

    /** Who held the role before; none for the first responder. */
    @Column(name = "from_holder")
    public String fromHolder;

    @Column(name = "to_holder", nullable = false)
    public String toHolder;

    @Column(name = "handed_by", nullable = false)
    public String handedBy;

    @Column(name = "handed_at", nullable = false)
    public Instant handedAt;
}
