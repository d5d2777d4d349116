package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.CaseAccessRecord;
import org.incidentdesk.cases.domain.CaseDeadline;
import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.cases.domain.CaseTransition;
import org.incidentdesk.cases.domain.IncidentRole;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.domain.RoleHandOff;
import org.incidentdesk.cases.domain.TimelineEntry;
import org.incidentdesk.cases.repository.CaseFilter;
import org.incidentdesk.cases.repository.CaseRepository;
import org.incidentdesk.cases.repository.CaseTransitionRepository;
import org.incidentdesk.cases.repository.RoleHandOffRepository;
import org.incidentdesk.cases.repository.SubTeamMembershipRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.cases.security.CaseAccessLevel;
import org.incidentdesk.cases.security.CaseAccessPolicy;
import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.CaseRoleHandedOff;
import org.incidentdesk.events.CaseSeverityChanged;
import org.incidentdesk.events.CaseStateChanged;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.platform.problem.ProblemException;

@ApplicationScoped
public class CaseService {

    private static final Logger LOG = Logger.getLogger(CaseService.class);

    private final CaseRepository cases;
    private final CaseTransitionRepository transitions;
    private final CaseDeadlines deadlines;
    private final RoleHandOffRepository handOffs;
    private final CaseAccess access;
    private final CaseAccessPolicy policy;
    private final SubTeamMembershipRepository subTeams;
    private final CaseDecisions decisions;
    private final CaseTimeline timeline;
    private final Outbox outbox;
    private final Clock clock;

    public CaseService(CaseRepository cases, CaseTransitionRepository transitions, CaseDeadlines deadlines,
            RoleHandOffRepository handOffs, CaseAccess access, CaseAccessPolicy policy,
            SubTeamMembershipRepository subTeams, CaseDecisions decisions, CaseTimeline timeline, Outbox outbox,
            Clock clock) {
        this.cases = cases;
        this.transitions = transitions;
        this.deadlines = deadlines;
        this.handOffs = handOffs;
        this.access = access;
        this.policy = policy;
        this.subTeams = subTeams;
        this.decisions = decisions;
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Opens a case for a report routed to a team that tracks cases; other routes open nothing. The reports of one
     * coalesced outage make one case: the first opens it, the others only add to its count, without an event, so
     * that a storm of reports is one case and one announcement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IncidentCase> openFor(ReportRouted routed) {
        if (!routed.route().opensCase() || cases.count("reportId", routed.reportId()) > 0) {
            return Optional.empty();
        }
        if (routed.outage() != null) {
            Optional<IncidentCase> ofTheOutage = cases.find("outageIncidentId", routed.outage().incidentId())
                    .firstResultOptional();
            if (ofTheOutage.isPresent()) {
                IncidentCase incidentCase = ofTheOutage.get();
                incidentCase.reportCount = Math.max(incidentCase.reportCount + 1, routed.outage().reportCount());
                reassess(incidentCase, routed.outage().severity());
                return Optional.empty();
            }
        }
        IncidentCase incidentCase = newCase(routed);
        cases.persist(incidentCase);
        deadlines.opened(incidentCase, routed.report().receivedAt());
        outbox.publish(new CaseOpened(incidentCase.id, incidentCase.reference, incidentCase.family,
                incidentCase.route, incidentCase.title, incidentCase.confidential, incidentCase.reportId,
                incidentCase.community, incidentCase.openedAt, incidentCase.outageIncidentId));
        LOG.infof("Opened %s for report %s", incidentCase.reference, routed.reportId());
        return Optional.of(incidentCase);
    }

    /** A change of an outage's severity is announced (and joins its timeline); the same severity again is not. */
    private void reassess(IncidentCase incidentCase, OutageSeverity severity) {
        if (severity == null || severity == incidentCase.severity) {
            return;
        }
        OutageSeverity before = incidentCase.severity;
        incidentCase.severity = severity;
        Instant now = Instant.now(clock);
        timeline.append(incidentCase, TimelineEntry.Kind.SEVERITY, "Severity " + severity
                + (before == null ? "" : " (was " + before + ")") + ", " + incidentCase.reportCount + " reports",
                "routing-service", now);
        outbox.publish(new CaseSeverityChanged(incidentCase.id, incidentCase.reference, incidentCase.confidential,
                before, severity, incidentCase.reportCount, now));
    }

    /** A case in a list, and how much of it the staff member may see. */
    public record Listed(IncidentCase incidentCase, CaseAccessLevel access) {
    }

    /**
     * A page of the cases whose existence the staff member may know, filtered, newest first, each with how much of
     * it they may see; and how many pass the filter in all.
     */
    public CaseRepository.Page<Listed> visibleTo(SecurityIdentity staff, CaseFilter filter, int page, int size) {
        CaseRepository.Page<IncidentCase> found = cases.search(policy.listableRoutes(staff), filter,
                staff.getPrincipal().getName(), policy.seesEveryConductCase(staff), Instant.now(clock), page, size);
        return new CaseRepository.Page<>(found.items().stream()
                .map(c -> new Listed(c, access.levelOf(staff, c))).toList(), found.total());
    }

    /** A case the staff member may open (404 if they may not know it exists, 403 if they may not look). */
    @Transactional
    public IncidentCase get(UUID id, SecurityIdentity staff) {
        return access.open(id, staff, "read case");
    }

    /** Who accessed a confidential case, what and when. */
    @Transactional
    public List<CaseAccessRecord> accessLog(UUID id, SecurityIdentity staff) {
        return access.auditTrail(id, staff);
    }

    /** Closes an operational incident; conduct cases close through {@link #transition}. */
    @Transactional
    public IncidentCase close(UUID id, String resolution, SecurityIdentity staff) {
        IncidentCase incidentCase = access.open(id, staff, "close");
        record(incidentCase, incidentCase.close(resolution, staff.getPrincipal().getName(), Instant.now(clock)));
        return incidentCase;
    }

    /**
     * Moves a case the staff member may see to another state its family's state machine allows (else 409). The
     * first to move an operational incident is its first responder and holds both roles (for a security incident,
     * the first security specialist to move it).
     */
    @Transactional
    public IncidentCase transition(UUID id, CaseStatus to, String note, SecurityIdentity staff) {
        IncidentCase incidentCase = access.open(id, staff, "change state");
        requireWhatTheMoveNeeds(incidentCase, to);
        Instant now = Instant.now(clock);
        CaseTransition transition = incidentCase.moveTo(to, note, staff.getPrincipal().getName(), now);
        if (policy.mayHoldRolesOf(staff, incidentCase)) {
            incidentCase.firstResponse(staff.getPrincipal().getName(), now)
                    .forEach(taken -> record(incidentCase, taken));
        }
        record(incidentCase, transition);
        return incidentCase;
    }

    /**
     * A code-of-conduct case investigates with a sub-team, closes with a decision only once it is issued, and
     * does not go back to investigating after it (emergencies, with Trust and Safety, need neither).
     */
    private void requireWhatTheMoveNeeds(IncidentCase incidentCase, CaseStatus to) {
        if (!incidentCase.isIrtCase()) {
            return;
        }
        if (to == CaseStatus.INVESTIGATING && subTeams.current(incidentCase.id).isEmpty()) {
            throw ProblemException.conflict(incidentCase.reference + " has no sub-team: form it before investigating"
                    + " (PUT /api/cases/" + incidentCase.id + "/sub-team)");
        }
        boolean decided = decisions.hasDecision(incidentCase.id);
        if (to == CaseStatus.CLOSED_WITH_DECISION && !decided) {
            throw ProblemException.conflict(incidentCase.reference + " has no decision: issue it before closing"
                    + " (POST /api/cases/" + incidentCase.id + "/decision)");
        }
        if (to == CaseStatus.INVESTIGATING && decided) {
            throw ProblemException.conflict(incidentCase.reference + " has its decision: it can only close now");
        }
    }

    /** Hands a role of an operational incident the staff member may see to another staff member. */
    @Transactional
    public IncidentCase handOff(UUID id, IncidentRole role, String to, SecurityIdentity staff) {
        IncidentCase incidentCase = access.open(id, staff, "hand off role");
        if (!policy.mayHoldRolesOf(staff, incidentCase)) {
            throw ProblemException.forbidden(incidentCase.reference + " is a security incident: security specialists "
                    + "lead it and hand on its roles");
        }
        record(incidentCase, incidentCase.handOff(role, to, staff.getPrincipal().getName(), Instant.now(clock)));
        return incidentCase;
    }

    /** Who held the roles of a case the staff member may see, oldest first. */
    @Transactional
    public List<RoleHandOff> handOffsOf(UUID id, SecurityIdentity staff) {
        return handOffs.of(access.open(id, staff, "read roles").id);
    }

    private void record(IncidentCase incidentCase, RoleHandOff handOff) {
        handOffs.persist(handOff);
        timeline.append(incidentCase, TimelineEntry.Kind.ROLE_HAND_OFF, handOff.toHolder + " is now " + handOff.role,
                handOff.handedBy, handOff.handedAt);
        outbox.publish(new CaseRoleHandedOff(incidentCase.id, incidentCase.reference, incidentCase.confidential,
                handOff.role.name(), handOff.fromHolder, handOff.toHolder, handOff.handedBy, handOff.handedAt));
        LOG.infof("%s: %s is now %s", incidentCase.reference, handOff.toHolder, handOff.role);
    }

    /** The history of a case the staff member may see, oldest first. */
    @Transactional
    public List<CaseTransition> history(UUID id, SecurityIdentity staff) {
        return transitions.of(access.open(id, staff, "read history").id);
    }

    /** The deadlines of a case the staff member may see, earliest first. */
    @Transactional
    public List<CaseDeadline> deadlinesOf(UUID id, SecurityIdentity staff) {
        return deadlines.of(access.open(id, staff, "read deadlines").id);
    }

    /** Records that a deadline of a case the staff member may see was met. */
    @Transactional
    public CaseDeadline meetDeadline(UUID id, UUID deadlineId, SecurityIdentity staff) {
        return deadlines.meet(access.open(id, staff, "meet deadline"), deadlineId, staff.getPrincipal().getName());
    }

    /** Keeps the transition and announces it; entering a closed state also announces the closure. */
    private void record(IncidentCase incidentCase, CaseTransition transition) {
        transitions.persist(transition);
        deadlines.moved(incidentCase, transition);
        timeline.append(incidentCase, TimelineEntry.Kind.STATE_CHANGE, transition.from + " -> " + transition.to
                + (transition.note == null ? "" : ": " + transition.note), transition.changedBy, transition.changedAt);
        outbox.publish(new CaseStateChanged(incidentCase.id, incidentCase.reference, incidentCase.family,
                incidentCase.route, incidentCase.confidential, transition.from.name(), transition.to.name(),
                transition.changedBy, transition.changedAt, incidentCase.community));
        if (transition.to.isClosed()) {
            outbox.publish(new CaseClosed(incidentCase.id, incidentCase.reference, incidentCase.family,
                    incidentCase.route, incidentCase.title, incidentCase.confidential,
                    incidentCase.requiresPostmortem(), incidentCase.resolution, incidentCase.closedBy,
                    incidentCase.closedAt, incidentCase.outageIncidentId, incidentCase.reportId));
        }
        LOG.infof("%s: %s -> %s by %s", incidentCase.reference, transition.from, transition.to, transition.changedBy);
    }

    private IncidentCase newCase(ReportRouted routed) {
        ReportSubmitted report = routed.report();
        CaseFamily family = familyOf(routed.route());
        IncidentCase incidentCase = new IncidentCase();
        incidentCase.id = UUID.randomUUID();
        incidentCase.reference = cases.nextReference(family);
        incidentCase.family = family;
        incidentCase.route = routed.route();
        incidentCase.status = CaseStatus.initialFor(family);
        incidentCase.confidential = routed.route() != Route.OUTAGE;
        incidentCase.title = titleOf(routed, family);
        incidentCase.reportId = routed.reportId();
        incidentCase.community = report.community();
        incidentCase.affectedService = report.affectedService();
        incidentCase.reportedPartyMayBeTold = report.reportedPartyMayBeTold();
        if (routed.outage() != null) {
            incidentCase.outageIncidentId = routed.outage().incidentId();
            incidentCase.reportCount = routed.outage().reportCount();
            incidentCase.severity = routed.outage().severity();
        }
        incidentCase.openedAt = Instant.now(clock);
        return incidentCase;
    }

    private static CaseFamily familyOf(Route route) {
        return route == Route.OUTAGE || route == Route.SECURITY ? CaseFamily.OPERATIONAL : CaseFamily.CONDUCT;
    }

    /**
     * Titles come from the classification only (the report's text stays encrypted in intake): operational titles
     * say what is broken; conduct titles say nothing about the people involved.
     */
    private static String titleOf(ReportRouted routed, CaseFamily family) {
        ReportSubmitted report = routed.report();
        return switch (routed.route()) {
            case OUTAGE -> outageTitle(report);
            case SECURITY -> "Security report on " + report.community();
            default -> (family == CaseFamily.CONDUCT ? "Conduct report on " : "Report on ") + report.community();
        };
    }

    private static String outageTitle(ReportSubmitted report) {
        String what = report.signal() != null ? report.signal()
                : (report.kind() == ReportKind.DATA_LOSS ? "Data loss" : "Outage")
                        + (report.affectedService() != null ? " of " + report.affectedService() : "");
        return what + " on " + report.community();
    }
}
