package org.incidentdesk.postmortem.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.events.PostmortemActionItemOverdue;
import org.incidentdesk.platform.lifecycle.NotRunning;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.postmortem.domain.ActionItem;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.repository.ActionItemRepository;
import org.incidentdesk.postmortem.repository.PostmortemRepository;

/**
 * The action items of a report, to prevent a repeat: each with an owner, a due date and an optional tracker link.
 * The public sees those not internal once a publication after their creation shows them.
 * An item past its due date and not done is announced once ({@code postmortem.action-item-overdue}) for its owner's
 * reminder.
 */
@ApplicationScoped
public class ActionItems {

    private static final Logger LOG = Logger.getLogger(ActionItems.class);
    private static final int SWEEP_BATCH = 100;

    private final PostmortemService postmortems;
    private final PostmortemRepository reports;
    private final ActionItemRepository items;
    private final Outbox outbox;
    private final Clock clock;

    public ActionItems(PostmortemService postmortems, PostmortemRepository reports, ActionItemRepository items,
            Outbox outbox, Clock clock) {
        this.postmortems = postmortems;
        this.reports = reports;
        this.items = items;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An item to add: what, who, by when, where it is tracked, and whether the public may see it. */
    public record NewItem(String description, String owner, Instant dueAt, String trackerUrl, boolean internal) {
    }

    public List<ActionItem> of(UUID postmortemId, SecurityIdentity staff) {
        return items.of(postmortems.require(postmortemId, staff).id);
    }

    @Transactional
    public ActionItem add(UUID postmortemId, NewItem item, SecurityIdentity staff) {
        Postmortem report = postmortems.require(postmortemId, staff);
        int year = item.dueAt().atZone(ZoneOffset.UTC).getYear();
        if (year < 2000 || year > 9999) {
            throw ProblemException.invalid("Due when?", new Problem.FieldViolation("dueAt",
                    "must be a date between the years 2000 and 9999"));
        }
        ActionItem added = new ActionItem();
        added.id = UUID.randomUUID();
        added.postmortemId = report.id;
        added.description = item.description();
        added.owner = item.owner();
        added.dueAt = item.dueAt();
        added.trackerUrl = item.trackerUrl();
        added.internal = item.internal();
        added.createdAt = Instant.now(clock);
        items.persist(added);
        return added;
    }

    @Transactional
    public ActionItem markDone(UUID postmortemId, UUID itemId, SecurityIdentity staff) {
        Postmortem report = postmortems.require(postmortemId, staff);
        ActionItem item = items.findByIdOptional(itemId).filter(found -> found.postmortemId.equals(report.id))
                .orElseThrow(() -> ProblemException.notFound("No action item " + itemId + " on this post-mortem"));
        if (item.doneAt == null) {
            item.doneAt = Instant.now(clock);
        }
        return item;
    }

    /** Announces the items that passed their due date undone, once each, whichever replica sweeps. */
    @Scheduled(every = "${incident-desk.postmortem.action-item-sweep-interval:1m}", delayed = "5s",
            skipExecutionIf = NotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void announceOverdue() {
        Instant now = Instant.now(clock);
        for (ActionItem item : items.lockOverdue(now, SWEEP_BATCH)) {
            item.overdueAt = now;
            Postmortem report = reports.findById(item.postmortemId);
            outbox.publish(new PostmortemActionItemOverdue(report.id, item.id, report.caseReference, item.owner,
                    item.dueAt, report.confidential));
            LOG.infof("Action item %s of post-mortem %s is overdue (due %s)", item.id, report.id, item.dueAt);
        }
    }
}
