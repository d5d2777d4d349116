package org.incidentdesk.postmortem.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.events.PostmortemPublished;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.postmortem.config.PostmortemConfig;
import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.domain.PostmortemRevision;
import org.incidentdesk.postmortem.domain.PostmortemStatus;
import org.incidentdesk.postmortem.repository.PostmortemRevisionRepository;
import org.incidentdesk.postmortem.security.PostmortemAccessPolicy;

/**
 * A report's way to the public: draft, in review (its reviewers recorded), approved by the director or deputy,
 * published. Editing keeps every earlier revision with who changed what; editing an approved or published report
 * sends it back to review, and the public keeps reading the published revision meanwhile. A security, privacy or legal report is never published, whatever any client asks: the rule is here
 * (and in the database), and lowering such a classification is the director's alone.
 */
@ApplicationScoped
public class PostmortemWorkflow {

    private static final Logger LOG = Logger.getLogger(PostmortemWorkflow.class);

    private final PostmortemService postmortems;
    private final PostmortemAccessPolicy access;
    private final Revisions revisions;
    private final PostmortemRevisionRepository savedRevisions;
    private final Outbox outbox;
    private final PostmortemConfig config;
    private final Clock clock;

    public PostmortemWorkflow(PostmortemService postmortems, PostmortemAccessPolicy access, Revisions revisions,
            PostmortemRevisionRepository savedRevisions, Outbox outbox, PostmortemConfig config, Clock clock) {
        this.postmortems = postmortems;
        this.access = access;
        this.revisions = revisions;
        this.savedRevisions = savedRevisions;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Saves the next revision. A report that was approved or published goes back to review: what the public reads
     * stays the published revision until the edited one is approved and published in its turn.
     */
    @Transactional
    public Postmortem edit(UUID id, String title, PostmortemContent content, SecurityIdentity staff) {
        Postmortem report = postmortems.require(id, staff);
        requireValid(content);
        List<String> changed = revisions.save(report, title, report.classification, content,
                staff.getPrincipal().getName(), Instant.now(clock));
        if (!changed.isEmpty() && (report.status == PostmortemStatus.APPROVED
                || report.status == PostmortemStatus.PUBLISHED)) {
            report.status = PostmortemStatus.IN_REVIEW;
            report.approvedBy = null;
            report.approvedAt = null;
        }
        postmortems.flush();
        return report;
    }

    @Transactional
    public Postmortem sendToReview(UUID id, List<String> reviewers, SecurityIdentity staff) {
        Postmortem report = postmortems.require(id, staff);
        requireStatus(report, PostmortemStatus.DRAFT, "sent to review");
        report.reviewers = List.copyOf(reviewers);
        report.status = PostmortemStatus.IN_REVIEW;
        postmortems.flush();
        return report;
    }

    @Transactional
    public Postmortem approve(UUID id, SecurityIdentity staff) {
        Postmortem report = postmortems.require(id, staff);
        if (!access.mayApprove(staff)) {
            throw ProblemException.forbidden("Only the director or the deputy director approve a post-mortem");
        }
        requireStatus(report, PostmortemStatus.IN_REVIEW, "approved");
        report.status = PostmortemStatus.APPROVED;
        report.approvedBy = staff.getPrincipal().getName();
        report.approvedAt = Instant.now(clock);
        postmortems.flush();
        return report;
    }

    @Transactional
    public Postmortem publish(UUID id, SecurityIdentity staff) {
        Postmortem report = postmortems.require(id, staff);
        if (!report.classification.mayBePublished()) {
            throw ProblemException.conflict("A report of a " + report.classification.name().toLowerCase()
                    + " incident is never published");
        }
        requireStatus(report, PostmortemStatus.APPROVED, "published");
        report.publish(staff.getPrincipal().getName(), Instant.now(clock));
        postmortems.flush();
        outbox.publish(new PostmortemPublished(report.id, report.caseReference, report.title, report.revision,
                report.publishedBy, report.publishedAt, publicUrlOf(report)));
        LOG.infof("Post-mortem %s published by %s", report.id, report.publishedBy);
        return report;
    }

    /**
     * Makes a report confidential (anyone who may edit it; a published one is withdrawn at once) or lowers it to an
     * operational report that may be published (the director only).
     */
    @Transactional
    public Postmortem classify(UUID id, Classification to, SecurityIdentity staff) {
        Postmortem report = postmortems.require(id, staff);
        if (!access.mayClassify(staff, report.classification, to)) {
            throw ProblemException.forbidden("Only the director lowers a " + report.classification
                    + " report to one that may be published");
        }
        if (!to.mayBePublished() && report.isPublic()) {
            report.withdraw();
            LOG.warnf("Post-mortem %s withdrawn from the public: now classified %s", report.id, to);
        }
        revisions.save(report, report.title, to, report.content, staff.getPrincipal().getName(), Instant.now(clock));
        postmortems.flush();
        return report;
    }

    public List<PostmortemRevision> revisionsOf(UUID id, SecurityIdentity staff) {
        return savedRevisions.of(postmortems.require(id, staff).id);
    }

    public String publicUrlOf(Postmortem report) {
        return config.publicBaseUrl().replaceAll("/+$", "") + "/api/public/postmortems/" + report.id;
    }

    private static void requireStatus(Postmortem report, PostmortemStatus expected, String action) {
        if (report.status != expected) {
            throw ProblemException.conflict("The post-mortem is " + report.status + ": a report is " + action
                    + " only once " + expected);
        }
    }

    private static void requireValid(PostmortemContent content) {
        content.internalFields().stream().filter(field -> !PostmortemContent.FIELDS.contains(field)).findFirst()
                .ifPresent(unknown -> {
                    throw ProblemException.invalid("Unknown field " + unknown, new Problem.FieldViolation(
                            "content.internalFields", "must name fields of the content: " + PostmortemContent.FIELDS));
                });
        content.impact().keySet().stream().filter(type -> !PostmortemContent.USER_TYPES.contains(type)).findFirst()
                .ifPresent(unknown -> {
                    throw ProblemException.invalid("Unknown kind of user " + unknown, new Problem.FieldViolation(
                            "content.impact", "keys must be among " + PostmortemContent.USER_TYPES));
                });
    }
}
