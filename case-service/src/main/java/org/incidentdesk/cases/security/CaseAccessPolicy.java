package org.incidentdesk.cases.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.security.StaffRoles;

/**
 * The one place that decides which staff may see and act on which case. Conduct cases and emergencies stay
 * with the Incident Response Team and Trust and Safety, security incidents with the security specialists;
 * the director and deputy see everything.
 */
@ApplicationScoped
public class CaseAccessPolicy {

    private static final Set<String> LEADERSHIP = Set.of(StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR);

    public boolean maySee(SecurityIdentity staff, IncidentCase incidentCase) {
        if (LEADERSHIP.stream().anyMatch(staff::hasRole)) {
            return true;
        }
        return rolesFor(incidentCase.route).stream().anyMatch(staff::hasRole);
    }

    private static Set<String> rolesFor(Route route) {
        return switch (route) {
            case EMERGENCY -> Set.of(StaffRoles.TRUST_AND_SAFETY);
            case CONDUCT_CASE, COMMUNITY_PROCESS -> Set.of(StaffRoles.IRT_MEMBER, StaffRoles.TRUST_AND_SAFETY);
            case SECURITY -> Set.of(StaffRoles.SECURITY_SPECIALIST);
            case OUTAGE -> Set.of(StaffRoles.INFRASTRUCTURE_SPECIALIST, StaffRoles.SOFTWARE_ENGINEER,
                    StaffRoles.MEDIAWIKI_SPECIALIST, StaffRoles.COMMUNITY_LIAISON, StaffRoles.PROJECT_MANAGER,
                    StaffRoles.SECURITY_SPECIALIST);
            case NOT_ACTIONABLE -> Set.of(StaffRoles.PROJECT_MANAGER);
        };
    }
}
