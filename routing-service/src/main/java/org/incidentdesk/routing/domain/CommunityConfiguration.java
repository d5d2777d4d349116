package org.incidentdesk.routing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a community's configuration, as a staff member saved it. Versions are never changed. */
@Entity
@Table(name = "community_configuration")
public class CommunityConfiguration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String community;

    @Column(nullable = false)
    public int version;

    /** The {@link CommunitySettings} as JSON. */
    @Column(nullable = false)
    public String settings;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
