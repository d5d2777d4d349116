package org.incidentdesk.events;

/** The behaviour a conduct report is about; communities link a "Get support" page per type. */
public enum BehaviourType {
    DOXING,
    HATE_OR_DISCRIMINATION,
    INTIMIDATION,
    SEXUAL_HARASSMENT,
    SPAM,
    TROLLING,
    SOCKPUPPETRY,
    VANDALISM,
    USER_DISPUTE,
    DISRUPTIVE_EDITING,
    OTHER
}
