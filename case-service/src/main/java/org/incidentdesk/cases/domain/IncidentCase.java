package org.incidentdesk.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.problem.ProblemException;

/** A conduct case or an operational incident, opened from a routed report. */
@Entity
@Table(name = "incident_case")
public class IncidentCase {

    @Id
    public UUID id;

    /** Optimistic lock: of two concurrent changes, the second is refused (409) instead of overwriting. */
    @Version
    public long version;

    @Column(nullable = false, unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseFamily family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public boolean confidential;

    @Column(name = "report_id", nullable = false, unique = true)
    public UUID reportId;

    @Column(nullable = false)
    public String community;

    @Column(name = "affected_service")
    public String affectedService;

    /** For an outage: the incident routing coalesced its reports into (one case per incident). */
    @Column(name = "outage_incident_id", unique = true)
    public UUID outageIncidentId;

    /** How many reports the case links: more than one when routing coalesced an outage's reports. */
    @Column(name = "report_count", nullable = false)
    public int reportCount = 1;

    @Enumerated(EnumType.STRING)
    public OutageSeverity severity;

    /** Operational incidents: who keeps users and staff informed. */
    public String communicator;

    /** Operational incidents: who leads finding and fixing the cause. */
    @Column(name = "diagnosis_lead")
    public String diagnosisLead;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public String resolution;

    /** Fallout: the data lost, in words. */
    @Column(name = "data_lost")
    public String dataLost;

    /** Fallout: the contributions rejected while the incident lasted, in words. */
    @Column(name = "contributions_rejected")
    public String contributionsRejected;

    /** Whether the reporter agreed that the reported party may be told of the report (and so be contacted). */
    @Column(name = "reported_party_may_be_told", nullable = false)
    public boolean reportedPartyMayBeTold;

    /**
     * A code-of-conduct case of the Incident Response Team: investigated by a sub-team, closed with a decision.
     * Emergencies are conduct cases too, but Trust and Safety handle them without either.
     */
    public boolean isIrtCase() {
        return route == Route.CONDUCT_CASE;
    }

    /**
     * A post-mortem must be filed for a visible user-facing outage, data loss, or a security incident
     * (regardless of impact).
     */
    public boolean requiresPostmortem() {
        return route == Route.OUTAGE || route == Route.SECURITY;
    }

    /**
     * Moves the case to another state, if its family's state machine allows it; entering a closed state records
     * who closed it, when, and the note as its resolution.
     *
     * @return the transition, for the case's history
     */
    public CaseTransition moveTo(CaseStatus to, String note, String staffMember, Instant at) {
        if (!CaseLifecycle.allows(family, status, to)) {
            throw ProblemException.conflict(reference + " is " + status + " and cannot become " + to
                    + (CaseLifecycle.nextFrom(family, status).isEmpty() ? ": it is closed"
                            : "; it can become " + CaseLifecycle.nextFrom(family, status).stream().sorted()
                                    .map(Enum::name).collect(Collectors.joining(" or "))));
        }
        CaseTransition transition = new CaseTransition();
        transition.caseId = id;
        transition.from = status;
        transition.to = to;
        transition.changedBy = staffMember;
        transition.changedAt = at;
        transition.note = note;
        status = to;
        if (to.isClosed()) {
            resolution = note;
            closedBy = staffMember;
            closedAt = at;
        }
        return transition;
    }

    /**
     * The first staff member to respond to an operational incident holds both roles, until they hand one off.
     *
     * @return the roles taken, empty when someone responded already or the case is a conduct case
     */
    public List<RoleHandOff> firstResponse(String staffMember, Instant at) {
        if (family != CaseFamily.OPERATIONAL || communicator != null || diagnosisLead != null) {
            return List.of();
        }
        return List.of(handOff(IncidentRole.COMMUNICATOR, staffMember, staffMember, at),
                handOff(IncidentRole.DIAGNOSIS_LEAD, staffMember, staffMember, at));
    }

    /** Gives a role of an operational incident to another staff member. */
    public RoleHandOff handOff(IncidentRole role, String to, String staffMember, Instant at) {
        if (family != CaseFamily.OPERATIONAL) {
            throw ProblemException.conflict(reference + " is a conduct case: it has a sub-team, not incident roles");
        }
        if (status.isClosed()) {
            throw ProblemException.conflict(reference + " is closed");
        }
        RoleHandOff handOff = new RoleHandOff();
        handOff.caseId = id;
        handOff.role = role;
        handOff.fromHolder = role == IncidentRole.COMMUNICATOR ? communicator : diagnosisLead;
        handOff.toHolder = to;
        handOff.handedBy = staffMember;
        handOff.handedAt = at;
        if (role == IncidentRole.COMMUNICATOR) {
            communicator = to;
        } else {
            diagnosisLead = to;
        }
        return handOff;
    }

    /** Closes an operational incident (from open: a false alarm or duplicate; otherwise once resolved). */
    public CaseTransition close(String resolutionText, String staffMember, Instant at) {
        if (family == CaseFamily.CONDUCT) {
            throw ProblemException.conflict(reference + " is a conduct case: it closes as "
                    + CaseStatus.CLOSED_NOT_A_VIOLATION + " after assessment or " + CaseStatus.CLOSED_WITH_DECISION
                    + " after a decision (POST /api/cases/{id}/transitions)");
        }
        return moveTo(CaseStatus.CLOSED, resolutionText, staffMember, at);
    }
}
