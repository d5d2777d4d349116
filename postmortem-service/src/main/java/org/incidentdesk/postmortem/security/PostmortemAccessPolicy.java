package org.incidentdesk.postmortem.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.platform.security.StaffRoles;

/**
 * The one place that decides who may do what with which report: confidential reports stay with the security
 * specialists and the leadership; the director or deputy approve; only the director lowers a classification.
 */
@ApplicationScoped
public class PostmortemAccessPolicy {

    public boolean maySee(SecurityIdentity staff, Postmortem postmortem) {
        return !postmortem.confidential
                || staff.hasRole(StaffRoles.SECURITY_SPECIALIST)
                || isLeadership(staff);
    }

    /** Whoever may see a report may edit it, review it and ask for its publication. */
    public boolean mayEdit(SecurityIdentity staff, Postmortem postmortem) {
        return maySee(staff, postmortem);
    }

    public boolean mayApprove(SecurityIdentity staff) {
        return isLeadership(staff);
    }

    /**
     * Making a report confidential protects it: anyone who may edit it may. Lowering a security, privacy or legal
     * report to an operational one, which may be published, is the director's alone.
     */
    public boolean mayClassify(SecurityIdentity staff, Classification from, Classification to) {
        boolean lowering = !from.mayBePublished() && to.mayBePublished();
        return !lowering || staff.hasRole(StaffRoles.DIRECTOR);
    }

    private static boolean isLeadership(SecurityIdentity staff) {
        return staff.hasRole(StaffRoles.DIRECTOR) || staff.hasRole(StaffRoles.DEPUTY_DIRECTOR);
    }
}
