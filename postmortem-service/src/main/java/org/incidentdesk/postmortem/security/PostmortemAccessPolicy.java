package org.incidentdesk.postmortem.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.platform.security.StaffRoles;
import org.incidentdesk.postmortem.domain.Postmortem;

/** The one place that decides which staff may see which report: confidential ones stay with security. */
@ApplicationScoped
public class PostmortemAccessPolicy {

    public boolean maySee(SecurityIdentity staff, Postmortem postmortem) {
        return !postmortem.confidential
                || staff.hasRole(StaffRoles.SECURITY_SPECIALIST)
                || staff.hasRole(StaffRoles.DIRECTOR)
                || staff.hasRole(StaffRoles.DEPUTY_DIRECTOR);
    }
}
