package org.incidentdesk.cases.domain;

/** The kinds of user an incident can affect differently (source 000: "the impact on each type of user"). */
public enum UserType {
    READERS,
    EDITORS,
    ADMINISTRATORS,
    /** Tools, bots and other clients of the API. */
    API_USERS
}
