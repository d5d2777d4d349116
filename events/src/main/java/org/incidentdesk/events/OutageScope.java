package org.incidentdesk.events;

/** How many communities an outage reaches. */
public enum OutageScope {
    ONE_COMMUNITY,
    MANY_COMMUNITIES,
    ALL_COMMUNITIES
}
