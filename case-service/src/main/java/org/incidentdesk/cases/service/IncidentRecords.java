package org.incidentdesk.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.repository.CaseRepository;
import org.incidentdesk.cases.repository.ServiceStateChangeRepository;
import org.incidentdesk.cases.repository.TimelineEntryRepository;
import org.incidentdesk.cases.repository.UserImpactRepository;
import org.incidentdesk.cases.security.CaseAccessAudit;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * What postmortem-service drafts a post-mortem from: an operational incident's facts, timeline, services' states
 * over time and impact per kind of user. Never a conduct case; every reading of a confidential incident is
 * audited like a staff member's.
 */
@ApplicationScoped
public class IncidentRecords {

    private final CaseRepository cases;
    private final TimelineEntryRepository timeline;
    private final ServiceStateChangeRepository serviceStates;
    private final UserImpactRepository impacts;
    private final CaseAccessAudit audit;

    public IncidentRecords(CaseRepository cases, TimelineEntryRepository timeline,
            ServiceStateChangeRepository serviceStates, UserImpactRepository impacts, CaseAccessAudit audit) {
        this.cases = cases;
        this.timeline = timeline;
        this.serviceStates = serviceStates;
        this.impacts = impacts;
        this.audit = audit;
    }

    public record Entry(Instant at, String kind, String author, String text) {
    }

    public record ServiceStateAt(String service, String state, Instant at) {
    }

    public record Impact(String userType, String description) {
    }

    public record IncidentRecord(UUID caseId, String reference, String route, String title, boolean confidential,
            String community, String affectedService, String severity, Instant openedAt, Instant closedAt,
            String resolution, String dataLost, String contributionsRejected, List<String> responders,
            List<Entry> timeline, List<ServiceStateAt> serviceStates, List<Impact> impacts) {
    }

    @Transactional
    public IncidentRecord of(UUID caseId, String reader) {
        IncidentCase incident = cases.findByIdOptional(caseId).filter(found -> found.family == CaseFamily.OPERATIONAL)
                .orElseThrow(() -> ProblemException.notFound("No operational incident " + caseId));
        if (incident.confidential) {
            audit.record(caseId, reader, "read the incident for its post-mortem");
        }
        List<String> responders = Stream.of(incident.communicator, incident.diagnosisLead)
                .filter(Objects::nonNull).distinct().toList();
        return new IncidentRecord(incident.id, incident.reference, incident.route.name(), incident.title,
                incident.confidential, incident.community, incident.affectedService,
                incident.severity == null ? null : incident.severity.name(), incident.openedAt, incident.closedAt,
                incident.resolution, incident.dataLost, incident.contributionsRejected, responders,
                timeline.of(caseId).stream()
                        .map(entry -> new Entry(entry.at, entry.kind.name(), entry.author, entry.text)).toList(),
                serviceStates.of(caseId).stream()
                        .map(change -> new ServiceStateAt(change.service, change.state.name(), change.changedAt))
                        .toList(),
                impacts.of(caseId).stream()
                        .map(impact -> new Impact(impact.userType.name(), impact.description)).toList());
    }
}
