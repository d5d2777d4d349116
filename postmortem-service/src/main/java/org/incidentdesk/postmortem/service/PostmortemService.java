package org.incidentdesk.postmortem.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.PostmortemDrafted;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.domain.PostmortemStatus;
import org.incidentdesk.postmortem.repository.PostmortemRepository;
import org.incidentdesk.postmortem.security.PostmortemAccessPolicy;

/**
 * Drafts: one for each closed incident that requires a post-mortem (a visible user-facing outage, data loss, a
 * security incident), and any staff write about something else worth learning from. The case's record is read
 * into a draft afterwards ({@link CaseRecordImport}).
 */
@ApplicationScoped
public class PostmortemService {

    private static final Logger LOG = Logger.getLogger(PostmortemService.class);

    private final PostmortemRepository postmortems;
    private final PostmortemAccessPolicy access;
    private final Outbox outbox;
    private final Clock clock;

    public PostmortemService(PostmortemRepository postmortems, PostmortemAccessPolicy access, Outbox outbox,
            Clock clock) {
        this.postmortems = postmortems;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Drafts the post-mortem a closed incident requires; one per case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Postmortem> draftFor(CaseClosed closed) {
        if (!closed.postmortemRequired() || postmortems.existsForCase(closed.caseId())) {
            return Optional.empty();
        }
        Classification classification = closed.route() == Route.SECURITY || closed.confidential()
                ? Classification.SECURITY : Classification.OPERATIONAL;
        Postmortem draft = newDraft("Post-mortem of " + closed.reference() + ": " + closed.title(), classification,
                closed.closedBy());
        draft.caseId = closed.caseId();
        draft.caseReference = closed.reference();
        draft.incidentEndedAt = closed.closedAt();
        postmortems.persist(draft);
        outbox.publish(new PostmortemDrafted(draft.id, draft.caseId, draft.caseReference, draft.title,
                draft.confidential, draft.createdAt));
        LOG.infof("Drafted post-mortem %s for %s", draft.id, closed.reference());
        return Optional.of(draft);
    }

    /**
     * A report staff start themselves, about an incident that did not require one (filled from its record like
     * any draft) or about no incident at all.
     */
    @Transactional
    public Postmortem create(String title, Classification classification, UUID caseId, SecurityIdentity staff) {
        if (caseId != null && postmortems.existsForCase(caseId)) {
            throw ProblemException.conflict("That incident has its post-mortem already");
        }
        Postmortem draft = newDraft(title, classification, staff.getPrincipal().getName());
        draft.caseId = caseId;
        postmortems.persist(draft);
        postmortems.flush(); // a draft the incident got meanwhile is a 409 here, not a 500 at the commit
        outbox.publish(new PostmortemDrafted(draft.id, caseId, null, draft.title, draft.confidential,
                draft.createdAt));
        return draft;
    }

    public List<Postmortem> visibleTo(SecurityIdentity staff) {
        return postmortems.newestFirst().stream().filter(p -> access.maySee(staff, p)).toList();
    }

    public Optional<Postmortem> find(UUID id, SecurityIdentity staff) {
        return postmortems.findByIdOptional(id).filter(p -> access.maySee(staff, p));
    }

    /** Writes pending changes now, so that a conflict is answered (409) rather than failing the commit. */
    public void flush() {
        postmortems.flush();
    }

    /** The report, for a staff member who may see it; 404 for anyone else, as if it did not exist. */
    public Postmortem require(UUID id, SecurityIdentity staff) {
        return find(id, staff).orElseThrow(() -> ProblemException.notFound("No post-mortem " + id));
    }

    private Postmortem newDraft(String title, Classification classification, String by) {
        Postmortem draft = new Postmortem();
        draft.id = UUID.randomUUID();
        draft.title = title;
        draft.status = PostmortemStatus.DRAFT;
        draft.classifyAs(classification);
        draft.content = PostmortemContent.empty();
        draft.createdAt = Instant.now(clock);
        draft.updatedBy = by;
        draft.updatedAt = draft.createdAt;
        return draft;
    }
}
