package org.incidentdesk.cases.security;

/** How much of a case a staff member may see. */
public enum CaseAccessLevel {
    /** Nothing, not even that it exists: asked for, it is not found (404). */
    NONE,
    /** That it exists (reference, family, state, dates) in the list; its content is forbidden (403). */
    EXISTENCE,
    /** All of it. */
    FULL
}
