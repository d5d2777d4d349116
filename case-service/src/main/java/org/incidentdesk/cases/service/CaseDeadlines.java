package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import org.incidentdesk.cases.config.CaseConfig;
import org.incidentdesk.cases.domain.CaseDeadline;
import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.CaseTransition;
import org.incidentdesk.cases.domain.DeadlineKind;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.repository.CaseDeadlineRepository;
import org.incidentdesk.cases.repository.CaseRepository;
import org.incidentdesk.events.CaseDeadlineChanged;
import org.incidentdesk.events.CaseDeadlineChanged.Outcome;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.lifecycle.NotRunning;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * The deadlines of conduct cases: a reply to the reporter within 3 days of receipt, word to the parties within 7
 * days of forming the sub-team, and while investigating an update to the reporter and the reported party every 14
 * days. Each is set, met (by staff now; by
 * notification-service's delivery records later) or found missed by a sweep, and each change is published.
 */
@ApplicationScoped
public class CaseDeadlines {

    private static final Logger LOG = Logger.getLogger(CaseDeadlines.class);
    private static final int SWEEP_BATCH = 100;

    private final CaseDeadlineRepository deadlines;
    private final CaseRepository cases;
    private final CaseConfig.Deadlines config;
    private final Outbox outbox;
    private final Clock clock;

    public CaseDeadlines(CaseDeadlineRepository deadlines, CaseRepository cases, CaseConfig config, Outbox outbox,
            Clock clock) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.config = config.deadlines();
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A conduct case was opened for a report received at {@code receivedAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(IncidentCase incidentCase, Instant receivedAt) {
        if (incidentCase.family == CaseFamily.CONDUCT) {
            set(incidentCase, DeadlineKind.REPLY_TO_REPORTER, receivedAt.plus(config.replyToReporter()));
        }
    }

    /** Forming the sub-team starts the week in which the parties must be told of the next steps. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void subTeamFormed(IncidentCase incidentCase, Instant formedAt) {
        set(incidentCase, DeadlineKind.NOTIFY_PARTIES, formedAt.plus(config.notifyParties()));
    }

    /** Investigating starts the fortnightly updates; leaving it cancels the one pending. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(IncidentCase incidentCase, CaseTransition transition) {
        if (incidentCase.family != CaseFamily.CONDUCT) {
            return;
        }
        if (transition.to == CaseStatus.INVESTIGATING) {
            set(incidentCase, DeadlineKind.STATUS_UPDATE, transition.changedAt.plus(config.statusUpdateInterval()));
        } else if (transition.from == CaseStatus.INVESTIGATING) {
            deadlines.openOf(incidentCase.id, DeadlineKind.STATUS_UPDATE).ifPresent(pending -> {
                deadlines.delete(pending);
                publish(incidentCase, pending, Outcome.CANCELLED, transition.changedAt, transition.changedBy);
            });
        }
    }

    public List<CaseDeadline> of(UUID caseId) {
        return deadlines.of(caseId);
    }

    /** Staff record that what a deadline asked for was done; a met status update sets the next one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDeadline meet(IncidentCase incidentCase, UUID deadlineId, String staffMember) {
        CaseDeadline deadline = deadlines.findByIdOptional(deadlineId)
                .filter(found -> found.caseId.equals(incidentCase.id))
                .orElseThrow(() -> ProblemException.notFound("No deadline " + deadlineId + " on " + incidentCase.reference));
        if (!deadline.isOpen()) {
            throw ProblemException.conflict("That deadline of " + incidentCase.reference + " was met already");
        }
        Instant now = Instant.now(clock);
        deadline.meet(staffMember, now);
        publish(incidentCase, deadline, Outcome.MET, now, staffMember);
        if (deadline.kind == DeadlineKind.STATUS_UPDATE && incidentCase.status == CaseStatus.INVESTIGATING) {
            set(incidentCase, DeadlineKind.STATUS_UPDATE, now.plus(config.statusUpdateInterval()));
        }
        return deadline;
    }

    /** Finds deadlines that passed unmet, once each, whichever replica sweeps. */
    @Scheduled(every = "${incident-desk.cases.deadlines.overdue-sweep-interval:1m}", delayed = "5s",
            skipExecutionIf = NotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweepOverdue() {
        Instant now = Instant.now(clock);
        for (CaseDeadline deadline : deadlines.lockOverdue(now, SWEEP_BATCH)) {
            deadline.miss(now);
            IncidentCase incidentCase = cases.findById(deadline.caseId);
            publish(incidentCase, deadline, Outcome.MISSED, now, null);
            LOG.warnf("%s missed its %s deadline (due %s)", incidentCase.reference, deadline.kind, deadline.dueAt);
        }
    }

    private void set(IncidentCase incidentCase, DeadlineKind kind, Instant dueAt) {
        CaseDeadline deadline = CaseDeadline.due(incidentCase.id, kind, dueAt);
        deadlines.persist(deadline);
        publish(incidentCase, deadline, Outcome.SET, Instant.now(clock), null);
    }

    private void publish(IncidentCase incidentCase, CaseDeadline deadline, Outcome outcome, Instant at, String by) {
        outbox.publish(new CaseDeadlineChanged(incidentCase.id, incidentCase.reference, incidentCase.confidential,
                deadline.id, deadline.kind.name(), outcome, deadline.dueAt, at, by, incidentCase.route));
    }
}
