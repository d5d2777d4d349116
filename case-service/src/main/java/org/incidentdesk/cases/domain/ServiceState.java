package org.incidentdesk.cases.domain;

/** How an affected service is doing. */
public enum ServiceState {
    UP,
    PARTIAL,
    DOWN
}
