package org.incidentdesk.cases.rest;

import java.time.Instant;

import org.incidentdesk.cases.domain.IncidentRole;
import org.incidentdesk.cases.domain.RoleHandOff;

/** One change of who holds a role; {@code from} is empty for the first responder. */
public record RoleHandOffView(IncidentRole role, String from, String to, String handedBy, Instant handedAt) {

    static RoleHandOffView of(RoleHandOff handOff) {
        return new RoleHandOffView(handOff.role, handOff.fromHolder, handOff.toHolder, handOff.handedBy,
                handOff.handedAt);
    }
}
