package org.incidentdesk.postmortem.domain;

/** How an affected service was doing from a moment on. */
public enum ServiceState {
    UP,
    PARTIAL,
    DOWN
}
