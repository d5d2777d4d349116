package org.incidentdesk.postmortem.domain;

/**
 * What kind of incident a report describes. Reports of security, privacy or legal incidents are never public
 * (source 000); only the director lowers a classification.
 */
public enum Classification {
    OPERATIONAL,
    SECURITY,
    PRIVACY,
    LEGAL;

    public boolean mayBePublished() {
        return this == OPERATIONAL;
    }
}
