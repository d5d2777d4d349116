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
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemStatus;
import org.incidentdesk.postmortem.repository.PostmortemRepository;
import org.incidentdesk.postmortem.security.PostmortemAccessPolicy;

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
        Postmortem draft = new Postmortem();
        draft.id = UUID.randomUUID();
        draft.caseId = closed.caseId();
        draft.caseReference = closed.reference();
        draft.title = "Post-mortem of " + closed.reference() + ": " + closed.title();
        draft.status = PostmortemStatus.DRAFT;
        draft.confidential = closed.confidential();
        draft.createdAt = Instant.now(clock);
        postmortems.persist(draft);
        outbox.publish(new PostmortemDrafted(draft.id, draft.caseId, draft.caseReference, draft.title,
                draft.confidential, draft.createdAt));
        LOG.infof("Drafted post-mortem %s for %s", draft.id, closed.reference());
        return Optional.of(draft);
    }

    public List<Postmortem> visibleTo(SecurityIdentity staff) {
        return postmortems.newestFirst().stream().filter(p -> access.maySee(staff, p)).toList();
    }

    public Optional<Postmortem> find(UUID id, SecurityIdentity staff) {
        return postmortems.findByIdOptional(id).filter(p -> access.maySee(staff, p));
    }
}
