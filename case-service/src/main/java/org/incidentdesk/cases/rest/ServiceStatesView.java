package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.incidentdesk.cases.domain.ServiceState;
import org.incidentdesk.cases.service.AffectedServices;

/**
 * @param current each affected service's state now
 * @param history every change, oldest first
 */
public record ServiceStatesView(Map<String, ServiceState> current, List<Change> history) {

    public record Change(String service, ServiceState state, String changedBy, Instant changedAt) {
    }

    static ServiceStatesView of(AffectedServices.States states) {
        return new ServiceStatesView(states.current(), states.history().stream()
                .map(c -> new Change(c.service, c.state, c.changedBy, c.changedAt)).toList());
    }
}
