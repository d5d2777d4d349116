package org.incidentdesk.events;

/** The kinds of immediate threat of physical harm an emergency report names. */
public enum EmergencyType {
    THREAT_OF_VIOLENCE,
    POSSIBLE_SELF_HARM,
    PUBLIC_HARM_THREATENING_MESSAGE
}
