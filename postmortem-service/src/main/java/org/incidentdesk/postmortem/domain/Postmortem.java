package org.incidentdesk.postmortem.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The post-mortem report of one incident (or of something else worth learning from), and where it stands. */
@Entity
@Table(name = "postmortem")
public class Postmortem {

    @Id
    public UUID id;

    @Version
    public long version;

    /** The incident it is about; null for a report staff wrote about something else. */
    @Column(name = "case_id", unique = true)
    public UUID caseId;

    @Column(name = "case_reference")
    public String caseReference;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostmortemStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification;

    /** Security, privacy and legal incidents: never public (kept in step with the classification). */
    @Column(nullable = false)
    public boolean confidential;

    @Convert(converter = ContentConverter.class)
    @Column(nullable = false)
    public PostmortemContent content = PostmortemContent.empty();

    /** How many times the content was saved; each earlier one is a {@link PostmortemRevision}. */
    @Column(nullable = false)
    public int revision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> reviewers = new ArrayList<>();

    @Column(name = "incident_started_at")
    public Instant incidentStartedAt;

    @Column(name = "incident_ended_at")
    public Instant incidentEndedAt;

    /** When the case's record (timeline, services, impact) was read into the draft; null until then. */
    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** Who published the revision the public reads, and when; null while nothing is public. */
    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The revision the public reads, as it was published; the report may be edited since (and be in review). */
    @Column(name = "published_title")
    public String publishedTitle;

    @Convert(converter = ContentConverter.class)
    @Column(name = "published_content")
    public PostmortemContent publishedContent;

    @Column(name = "published_revision")
    public Integer publishedRevision;

    /** When an import from case-service was last tried (replicas claim drafts; a failure is tried again later). */
    @Column(name = "import_tried_at")
    public Instant importTriedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public OutageMinutes outageMinutes() {
        return OutageMinutes.of(content.serviceStates(), incidentEndedAt);
    }

    public void classifyAs(Classification to) {
        classification = to;
        confidential = !to.mayBePublished();
    }

    public boolean isPublic() {
        return publishedAt != null;
    }

    /** The current revision becomes the one the public reads. */
    public void publish(String by, Instant at) {
        status = PostmortemStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
        publishedTitle = title;
        publishedContent = content;
        publishedRevision = revision;
    }

    /** Nothing of the report stays public (it became confidential). */
    public void withdraw() {
        if (status == PostmortemStatus.PUBLISHED) {
            status = PostmortemStatus.APPROVED;
        }
        publishedBy = null;
        publishedAt = null;
        publishedTitle = null;
        publishedContent = null;
        publishedRevision = null;
    }
}
