package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.CaseDecision;
import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.DecisionKind;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.repository.CaseDecisionRepository;
import org.incidentdesk.cases.repository.CaseRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.events.CaseBanExpired;
import org.incidentdesk.events.CaseDecisionIssued;
import org.incidentdesk.platform.lifecycle.NotRunning;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * The decisions of conduct cases (source 001, step 5): correction, warning, temporary ban (with its end) or
 * permanent ban, each issued with its response plan while the case is being decided. A case closes with a
 * decision only once one is issued. The end of a temporary ban is found by a sweep and announced.
 */
@ApplicationScoped
public class CaseDecisions {

    private static final Logger LOG = Logger.getLogger(CaseDecisions.class);
    private static final int SWEEP_BATCH = 100;

    private final CaseAccess access;
    private final CaseDecisionRepository decisions;
    private final CaseRepository cases;
    private final Outbox outbox;
    private final Clock clock;

    public CaseDecisions(CaseAccess access, CaseDecisionRepository decisions, CaseRepository cases, Outbox outbox,
            Clock clock) {
        this.access = access;
        this.decisions = decisions;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CaseDecision of(UUID caseId, SecurityIdentity staff) {
        IncidentCase incidentCase = access.open(caseId, staff, "read decision");
        return decisions.ofCase(caseId)
                .orElseThrow(() -> ProblemException.notFound(incidentCase.reference + " has no decision yet"));
    }

    @Transactional
    public CaseDecision issue(UUID caseId, DecisionKind kind, String responsePlan, Instant endsAt,
            SecurityIdentity staff) {
        IncidentCase incidentCase = access.openToChange(caseId, staff, "issue decision");
        if (!incidentCase.isIrtCase()) {
            throw ProblemException.conflict(incidentCase.reference + " is not a code-of-conduct case of the IRT: it"
                    + " has no decision");
        }
        if (incidentCase.status != CaseStatus.DECIDING) {
            throw ProblemException.conflict(incidentCase.reference + " is " + incidentCase.status
                    + ": a decision is issued while the case is " + CaseStatus.DECIDING);
        }
        if (decisions.ofCase(caseId).isPresent()) {
            throw ProblemException.conflict(incidentCase.reference + " has its decision already");
        }
        Instant now = Instant.now(clock);
        requireEndOnlyForTemporaryBans(kind, endsAt, now);
        CaseDecision decision = new CaseDecision();
        decision.id = UUID.randomUUID();
        decision.caseId = caseId;
        decision.kind = kind;
        decision.responsePlan = responsePlan;
        decision.endsAt = endsAt;
        decision.issuedBy = staff.getPrincipal().getName();
        decision.issuedAt = now;
        decisions.persist(decision);
        outbox.publish(new CaseDecisionIssued(caseId, incidentCase.reference, decision.id, kind.name(), endsAt,
                decision.issuedBy, now));
        LOG.infof("%s: decision %s issued by %s", incidentCase.reference, kind, decision.issuedBy);
        return decision;
    }

    /** Whether the case may close with a decision: only once one is issued. */
    public boolean hasDecision(UUID caseId) {
        return decisions.ofCase(caseId).isPresent();
    }

    /** Announces temporary bans that ended, once each, whichever replica sweeps. */
    @Scheduled(every = "${incident-desk.cases.decisions.ban-expiry-sweep-interval:1m}", delayed = "5s",
            skipExecutionIf = NotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void announceEndedBans() {
        Instant now = Instant.now(clock);
        for (CaseDecision ban : decisions.lockEndedBans(now, SWEEP_BATCH)) {
            ban.expiredAt = now;
            IncidentCase incidentCase = cases.findById(ban.caseId);
            outbox.publish(new CaseBanExpired(ban.caseId, incidentCase.reference, ban.id, ban.endsAt));
            LOG.infof("%s: the temporary ban ended at %s", incidentCase.reference, ban.endsAt);
        }
    }

    private static void requireEndOnlyForTemporaryBans(DecisionKind kind, Instant endsAt, Instant now) {
        if (kind == DecisionKind.TEMPORARY_BAN && (endsAt == null || !endsAt.isAfter(now))) {
            throw ProblemException.invalid("A temporary ban needs an end in the future",
                    new Problem.FieldViolation("endsAt", "must be a future instant for a temporary ban"));
        }
        if (kind != DecisionKind.TEMPORARY_BAN && endsAt != null) {
            throw ProblemException.invalid("Only a temporary ban has an end",
                    new Problem.FieldViolation("endsAt", "must be absent for a " + kind));
        }
    }
}
