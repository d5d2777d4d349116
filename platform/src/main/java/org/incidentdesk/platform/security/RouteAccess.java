package org.incidentdesk.platform.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.Route;

/**
 * The one table of which staff may see a report or a routing decision, by where it is routed (case-service
 * refines it for cases, by sub-team membership: {@code CaseAccessPolicy}). Conduct
 * cases stay with the Incident Response Team and Trust and Safety, emergencies with Trust and Safety, security
 * incidents with the security specialists; outages are open to the operations roles; the director and deputy
 * see everything. Services answer 404 for what a caller may not see, so that its existence does not leak.
 */
@ApplicationScoped
public class RouteAccess {

    private static final Set<String> LEADERSHIP = Set.of(StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR);
    private static final Set<String> OPERATIONS = Set.of(StaffRoles.INFRASTRUCTURE_SPECIALIST,
            StaffRoles.SOFTWARE_ENGINEER, StaffRoles.MEDIAWIKI_SPECIALIST, StaffRoles.COMMUNITY_LIAISON,
            StaffRoles.PROJECT_MANAGER, StaffRoles.SECURITY_SPECIALIST);

    public boolean maySee(SecurityIdentity staff, Route route) {
        return LEADERSHIP.stream().anyMatch(staff::hasRole) || rolesFor(route).stream().anyMatch(staff::hasRole);
    }

    /** Before routing has decided: the route a report of this kind is confidential like. */
    public boolean maySee(SecurityIdentity staff, ReportKind kind) {
        return maySee(staff, switch (kind) {
            case EMERGENCY -> Route.EMERGENCY;
            case CONDUCT -> Route.CONDUCT_CASE;
            case SECURITY -> Route.SECURITY;
            case OUTAGE, DATA_LOSS -> Route.OUTAGE;
            case OTHER -> Route.NOT_ACTIONABLE;
        });
    }

    private static Set<String> rolesFor(Route route) {
        return switch (route) {
            case EMERGENCY -> Set.of(StaffRoles.TRUST_AND_SAFETY);
            case CONDUCT_CASE, COMMUNITY_PROCESS -> Set.of(StaffRoles.IRT_MEMBER, StaffRoles.IRT_LEAD,
                    StaffRoles.TRUST_AND_SAFETY);
            case SECURITY -> Set.of(StaffRoles.SECURITY_SPECIALIST);
            case OUTAGE -> OPERATIONS;
            case NOT_ACTIONABLE -> Set.of(StaffRoles.PROJECT_MANAGER, StaffRoles.COMMUNITY_LIAISON);
        };
    }
}
