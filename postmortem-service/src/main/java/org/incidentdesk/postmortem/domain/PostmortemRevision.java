package org.incidentdesk.postmortem.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved state of a report's content: who saved it, when, and which fields they changed. Never altered. */
@Entity
@Table(name = "postmortem_revision")
public class PostmortemRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "postmortem_id", nullable = false)
    public UUID postmortemId;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification;

    @Convert(converter = ContentConverter.class)
    @Column(nullable = false)
    public PostmortemContent content;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false)
    public List<String> changedFields;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static PostmortemRevision of(Postmortem report, List<String> changedFields) {
        PostmortemRevision saved = new PostmortemRevision();
        saved.postmortemId = report.id;
        saved.revision = report.revision;
        saved.title = report.title;
        saved.classification = report.classification;
        saved.content = report.content;
        saved.changedFields = List.copyOf(changedFields);
        saved.changedBy = report.updatedBy;
        saved.changedAt = report.updatedAt;
        return saved;
    }
}
