package org.incidentdesk.platform.security;

import java.util.List;

/**
 * The staff roles of the organisation, as realm roles in the identity provider (Keycloak). Constants, so that
 * {@code @RolesAllowed} can name them.
 */
public final class StaffRoles {

    public static final String DIRECTOR = "director";
    public static final String DEPUTY_DIRECTOR = "deputy-director";
    public static final String COMMUNITY_LIAISON = "community-liaison";
    public static final String SOFTWARE_ENGINEER = "software-engineer";
    public static final String PROJECT_MANAGER = "project-manager";
    public static final String MEDIAWIKI_SPECIALIST = "mediawiki-specialist";
    public static final String INFRASTRUCTURE_SPECIALIST = "infrastructure-specialist";
    public static final String SECURITY_SPECIALIST = "security-specialist";
    /** Member of the Incident Response Team (conduct cases). */
    public static final String IRT_MEMBER = "irt-member";
    /** Leads the Incident Response Team: sees every conduct case, forms and changes sub-teams. */
    public static final String IRT_LEAD = "irt-lead";
    /** Member of the Trust and Safety team (emergencies). */
    public static final String TRUST_AND_SAFETY = "trust-and-safety";
    /**
     * Granted with every staff role (platform configuration maps each staff role to it), for resources any staff
     * member may call; what they then see is decided object by object ({@link RouteAccess}).
     */
    public static final String STAFF = "staff";
    /** Machine clients that submit reports for community members (e.g. the wiki). */
    public static final String REPORTING_CLIENT = "reporting-client";

    /**
     * Machine clients (notification-service) that may read how to write to the people of a report or case: a
     * reporter's contact details (intake-service), the letters of saved replies to parties (case-service).
     */
    public static final String CONTACT_READER = "contact-reader";

    /** Machine clients (postmortem-service) that may read operational incidents for their post-mortems. */
    public static final String INCIDENT_READER = "incident-reader";

    private StaffRoles() {
    }

    public static List<String> all() {
        return List.of(DIRECTOR, DEPUTY_DIRECTOR, COMMUNITY_LIAISON, SOFTWARE_ENGINEER, PROJECT_MANAGER,
                MEDIAWIKI_SPECIALIST, INFRASTRUCTURE_SPECIALIST, SECURITY_SPECIALIST, IRT_MEMBER, IRT_LEAD,
                TRUST_AND_SAFETY);
    }
}
