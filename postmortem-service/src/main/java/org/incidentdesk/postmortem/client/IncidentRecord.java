package org.incidentdesk.postmortem.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An operational incident as case-service records it: the material of its post-mortem's draft. */
public record IncidentRecord(UUID caseId, String reference, String route, String title, boolean confidential,
        String community, String affectedService, String severity, Instant openedAt, Instant closedAt,
        String resolution, String dataLost, String contributionsRejected, List<String> responders,
        List<Entry> timeline, List<ServiceStateAt> serviceStates, List<Impact> impacts) {

    public record Entry(Instant at, String kind, String author, String text) {
    }

    public record ServiceStateAt(String service, String state, Instant at) {
    }

    public record Impact(String userType, String description) {
    }
}
