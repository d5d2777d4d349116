package org.incidentdesk.cases.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.security.RouteAccess;
import org.incidentdesk.platform.security.StaffRoles;

/**
 * The one table of who may see which case. A conduct case is seen whole by its sub-team, the IRT leads and the
 * director (and the deputy, who acts for the director); other IRT members see only that it exists. A security
 * incident is seen by the security specialists and the director only. Emergencies stay with Trust and Safety.
 * Outages are open to the operations roles ({@link RouteAccess}). Everyone else does not learn that a case exists.
 */
@ApplicationScoped
public class CaseAccessPolicy {

    private static final Set<String> LEADERSHIP = Set.of(StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR);

    private final RouteAccess routes;

    public CaseAccessPolicy(RouteAccess routes) {
        this.routes = routes;
    }

    /**
     * @param onSubTeam whether the staff member is on the case's sub-team now (conduct cases only)
     */
    public CaseAccessLevel levelOf(SecurityIdentity staff, IncidentCase incidentCase, boolean onSubTeam) {
        if (LEADERSHIP.stream().anyMatch(staff::hasRole)) {
            return CaseAccessLevel.FULL;
        }
        return switch (incidentCase.route) {
            case CONDUCT_CASE, COMMUNITY_PROCESS -> conduct(staff, onSubTeam);
            case SECURITY -> staff.hasRole(StaffRoles.SECURITY_SPECIALIST) ? CaseAccessLevel.FULL : CaseAccessLevel.NONE;
            case EMERGENCY -> staff.hasRole(StaffRoles.TRUST_AND_SAFETY) ? CaseAccessLevel.FULL : CaseAccessLevel.NONE;
            case OUTAGE, NOT_ACTIONABLE -> routes.maySee(staff, incidentCase.route) ? CaseAccessLevel.FULL
                    : CaseAccessLevel.NONE;
        };
    }

    /** The routes of the cases whose existence the staff member may see, for listing them in the database. */
    public Set<Route> listableRoutes(SecurityIdentity staff) {
        if (LEADERSHIP.stream().anyMatch(staff::hasRole)) {
            return Set.of(Route.values());
        }
        EnumSet<Route> listable = EnumSet.noneOf(Route.class);
        if (staff.hasRole(StaffRoles.IRT_LEAD) || staff.hasRole(StaffRoles.IRT_MEMBER)) {
            listable.add(Route.CONDUCT_CASE);
        }
        if (staff.hasRole(StaffRoles.SECURITY_SPECIALIST)) {
            listable.add(Route.SECURITY);
        }
        if (staff.hasRole(StaffRoles.TRUST_AND_SAFETY)) {
            listable.add(Route.EMERGENCY);
        }
        if (routes.maySee(staff, Route.OUTAGE)) {
            listable.add(Route.OUTAGE);
        }
        return listable;
    }

    /** IRT leads and the director see every conduct case whole. */
    public boolean seesEveryConductCase(SecurityIdentity staff) {
        return staff.hasRole(StaffRoles.IRT_LEAD) || LEADERSHIP.stream().anyMatch(staff::hasRole);
    }

    /** Security incidents are led by security specialists: only they take or hand on a security incident's roles. */
    public boolean mayHoldRolesOf(SecurityIdentity staff, IncidentCase incidentCase) {
        return incidentCase.route != Route.SECURITY || staff.hasRole(StaffRoles.SECURITY_SPECIALIST);
    }

    /** Forming and changing sub-teams is for the IRT leads and the director. */
    public boolean mayManageSubTeams(SecurityIdentity staff) {
        return staff.hasRole(StaffRoles.IRT_LEAD) || LEADERSHIP.stream().anyMatch(staff::hasRole);
    }

    /** The director, and for conduct cases the IRT leads, may see who accessed a confidential case. */
    public boolean mayReadAuditTrail(SecurityIdentity staff, IncidentCase incidentCase) {
        return LEADERSHIP.stream().anyMatch(staff::hasRole)
                || (incidentCase.family == CaseFamily.CONDUCT && staff.hasRole(StaffRoles.IRT_LEAD));
    }

    /** An IRT member keeps their own directory entry; IRT leads and the director keep everyone's. */
    public boolean mayKeepDirectoryEntryOf(SecurityIdentity staff, String member) {
        return mayManageSubTeams(staff)
                || (staff.hasRole(StaffRoles.IRT_MEMBER) && staff.getPrincipal().getName().equals(member));
    }

    private CaseAccessLevel conduct(SecurityIdentity staff, boolean onSubTeam) {
        if (seesEveryConductCase(staff) || onSubTeam) {
            return CaseAccessLevel.FULL;
        }
        return staff.hasRole(StaffRoles.IRT_MEMBER) ? CaseAccessLevel.EXISTENCE : CaseAccessLevel.NONE;
    }
}
