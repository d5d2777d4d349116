package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.IrtConnection;

/** @param connectedTo a wiki user name (in lower case) or a case id */
public record ConnectionView(UUID id, String connectedTo, String declaredBy, Instant declaredAt) {

    static ConnectionView of(IrtConnection connection) {
        return new ConnectionView(connection.id, connection.connectedTo, connection.declaredBy, connection.declaredAt);
    }
}
