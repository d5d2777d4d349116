package org.incidentdesk.intake.domain;

/** The separate daily counts a reporter (or an anonymous client address) has. */
public enum QuotaClass {
    UNCONFIRMED_MEMBER,
    CONFIRMED_MEMBER,
    EMERGENCY,
    ANONYMOUS_ADDRESS
}
