package org.incidentdesk.cases.domain;

/** How a person is involved in a conduct case (source 003: reporter, accused; source 001: witnesses). */
public enum PartyRole {
    REPORTER,
    REPORTED_PARTY,
    WITNESS
}
