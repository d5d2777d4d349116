package org.incidentdesk.cases.security;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.CaseAccessRecord;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.repository.CaseRepository;
import org.incidentdesk.cases.repository.SubTeamMembershipRepository;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * Where every request for a case passes: it applies {@link CaseAccessPolicy} to the case and the caller (their
 * roles, and whether they are on its sub-team), answers 404 when they may not know the case exists and 403 when
 * they may know but not look, and records each access to a confidential case (who, what, when), refused ones
 * included.
 */
@ApplicationScoped
public class CaseAccess {

    private final CaseRepository cases;
    private final SubTeamMembershipRepository subTeams;
    private final CaseAccessPolicy policy;
    private final CaseAccessAudit audit;

    public CaseAccess(CaseRepository cases, SubTeamMembershipRepository subTeams, CaseAccessPolicy policy,
            CaseAccessAudit audit) {
        this.cases = cases;
        this.subTeams = subTeams;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * The case, when the staff member may see all of it.
     *
     * @param action what they are doing, for the audit record, e.g. {@code read case}
     */
    @Transactional
    public IncidentCase open(UUID id, SecurityIdentity staff, String action) {
        return checked(cases.findByIdOptional(id).orElseThrow(() -> notFound(id)), staff, action);
    }

    /**
     * The case, locked until the transaction ends, when the staff member may see all of it: for changes that
     * check what the case has before adding to it (forming its sub-team, issuing its decision).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IncidentCase openToChange(UUID id, SecurityIdentity staff, String action) {
        return checked(cases.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id)),
                staff, action);
    }

    private IncidentCase checked(IncidentCase incidentCase, SecurityIdentity staff, String action) {
        CaseAccessLevel level = levelOf(staff, incidentCase);
        if (incidentCase.confidential) {
            audit.record(incidentCase.id, staff.getPrincipal().getName(),
                    level == CaseAccessLevel.FULL ? action : action + " (refused)");
        }
        switch (level) {
            case NONE -> throw notFound(incidentCase.id);
            case EXISTENCE -> throw ProblemException.forbidden(incidentCase.reference
                    + " is seen only by its sub-team, the IRT leads and the director");
            case FULL -> {
                return incidentCase;
            }
        }
        throw new IllegalStateException("Unknown access level " + level);
    }

    public CaseAccessLevel levelOf(SecurityIdentity staff, IncidentCase incidentCase) {
        boolean onSubTeam = incidentCase.family == CaseFamily.CONDUCT
                && subTeams.isCurrentMember(incidentCase.id, staff.getPrincipal().getName());
        return policy.levelOf(staff, incidentCase, onSubTeam);
    }

    /** Who accessed a confidential case, oldest first: for the director and, for conduct cases, the IRT leads. */
    public List<CaseAccessRecord> auditTrail(UUID id, SecurityIdentity staff) {
        IncidentCase incidentCase = open(id, staff, "read audit trail");
        if (!policy.mayReadAuditTrail(staff, incidentCase)) {
            throw ProblemException.forbidden("The audit trail of " + incidentCase.reference
                    + " is for the director" + (incidentCase.family == CaseFamily.CONDUCT ? " and the IRT leads" : ""));
        }
        return audit.of(id);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No case " + id);
    }
}
