package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.config.CaseConfig;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.domain.ServiceState;
import org.incidentdesk.cases.domain.ServiceStateChange;
import org.incidentdesk.cases.domain.TimelineEntry;
import org.incidentdesk.cases.repository.ServiceStateChangeRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * The services an operational incident affects, from the configured catalogue, and each one's state over time
 * (up, partial, down). Every change joins the incident's timeline.
 */
@ApplicationScoped
public class AffectedServices {

    /** The state of each affected service now, and every change, oldest first. */
    public record States(Map<String, ServiceState> current, List<ServiceStateChange> history) {
    }

    private final CaseAccess access;
    private final ServiceStateChangeRepository changes;
    private final CaseTimeline timeline;
    private final List<String> catalogue;
    private final Clock clock;

    public AffectedServices(CaseAccess access, ServiceStateChangeRepository changes, CaseTimeline timeline,
            CaseConfig config, Clock clock) {
        this.access = access;
        this.changes = changes;
        this.timeline = timeline;
        this.catalogue = List.copyOf(config.serviceCatalogue());
        this.clock = clock;
    }

    public List<String> catalogue() {
        return catalogue;
    }

    @Transactional
    public States of(UUID caseId, SecurityIdentity staff) {
        return statesOf(access.open(caseId, staff, "read service states").id);
    }

    @Transactional
    public States set(UUID caseId, String service, ServiceState state, SecurityIdentity staff) {
        IncidentCase incidentCase = access.open(caseId, staff, "set service state");
        if (incidentCase.family != CaseFamily.OPERATIONAL) {
            throw ProblemException.conflict(incidentCase.reference + " is a conduct case: it affects no service");
        }
        if (incidentCase.status.isClosed()) {
            throw ProblemException.conflict(incidentCase.reference + " is closed");
        }
        String known = catalogue.stream().filter(name -> name.equalsIgnoreCase(service)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("No service " + service + " in the catalogue",
                        new Problem.FieldViolation("service", "must be one of " + String.join(", ", catalogue))));
        ServiceStateChange change = new ServiceStateChange();
        change.caseId = caseId;
        change.service = known;
        change.state = state;
        change.changedBy = staff.getPrincipal().getName();
        change.changedAt = Instant.now(clock);
        changes.persist(change);
        timeline.append(incidentCase, TimelineEntry.Kind.SERVICE_STATE, known + " is " + state, change.changedBy,
                change.changedAt);
        return statesOf(caseId);
    }

    private States statesOf(UUID caseId) {
        List<ServiceStateChange> history = changes.of(caseId);
        Map<String, ServiceState> current = new LinkedHashMap<>();
        history.forEach(change -> current.put(change.service, change.state));
        return new States(current, history);
    }
}
