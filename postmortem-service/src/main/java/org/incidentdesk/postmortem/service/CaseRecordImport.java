package org.incidentdesk.postmortem.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import org.incidentdesk.platform.lifecycle.NotRunning;
import org.incidentdesk.postmortem.client.CaseRecordsClient;
import org.incidentdesk.postmortem.client.IncidentRecord;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.domain.PostmortemContent.ServiceStateChange;
import org.incidentdesk.postmortem.domain.PostmortemContent.TimelineItem;
import org.incidentdesk.postmortem.domain.ServiceState;
import org.incidentdesk.postmortem.repository.PostmortemRepository;

/**
 * Reads each new draft's incident from case-service (its timeline, its services' states over time, its impact per
 * kind of user and its responders) into the draft, filling only what nobody has written yet. Runs apart from the
 * event that drafted it, so that a case-service that does not answer delays the import, not the draft; retried
 * until it answers.
 */
@ApplicationScoped
public class CaseRecordImport {

    private static final Logger LOG = Logger.getLogger(CaseRecordImport.class);
    private static final String IMPORTER = "case-service";
    private static final int BATCH = 10;
    private static final int NOT_FOUND = 404;

    private final PostmortemRepository postmortems;
    private final CaseRecordsClient cases;
    private final Revisions revisions;
    private final Clock clock;

    public CaseRecordImport(PostmortemRepository postmortems, @RestClient CaseRecordsClient cases,
            Revisions revisions, Clock clock) {
        this.postmortems = postmortems;
        this.cases = cases;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Scheduled(every = "${incident-desk.postmortem.import-interval:5s}", delayed = "2s",
            skipExecutionIf = NotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void importNewDrafts() {
        for (Pending draft : pending()) {
            UUID id = draft.id();
            try {
                apply(id, Optional.of(cases.record(draft.caseId())));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == NOT_FOUND) {
                    LOG.warnf("case-service knows no operational incident %s: post-mortem %s stays as drafted",
                            draft.caseReference(), id);
                    apply(id, Optional.empty());
                } else {
                    LOG.warnf("case-service answered %d for %s: the draft's import is retried",
                            e.getResponse().getStatus(), draft.caseReference());
                }
            } catch (RuntimeException e) {
                LOG.warnf("case-service could not be asked for %s (%s): the draft's import is retried",
                        draft.caseReference(), e.getClass().getSimpleName());
            }
        }
    }

    record Pending(UUID id, UUID caseId, String caseReference) {
    }

    @Transactional
    List<Pending> pending() {
        return postmortems.toImport(BATCH).stream().map(draft -> new Pending(draft.id, draft.caseId,
                draft.caseReference)).toList();
    }

    @Transactional
    void apply(UUID id, Optional<IncidentRecord> record) {
        Postmortem draft = postmortems.findById(id);
        if (draft.importedAt != null) {
            return;
        }
        Instant now = Instant.now(clock);
        draft.importedAt = now;
        record.ifPresent(incident -> {
            draft.caseReference = incident.reference();
            draft.incidentStartedAt = incident.openedAt();
            draft.incidentEndedAt = incident.closedAt() != null ? incident.closedAt() : draft.incidentEndedAt;
            revisions.save(draft, draft.title, draft.classification, merged(draft.content, incident), IMPORTER, now);
            LOG.infof("Post-mortem %s: %s's record read (%d timeline entries, %d service states)", id,
                    incident.reference(), incident.timeline().size(), incident.serviceStates().size());
        });
    }

    /** The incident's record where the draft has nothing yet; what staff wrote stays. */
    static PostmortemContent merged(PostmortemContent draft, IncidentRecord incident) {
        List<TimelineItem> timeline = draft.timeline().isEmpty() ? incident.timeline().stream()
                .map(entry -> new TimelineItem(entry.at(), entry.author() == null ? entry.text()
                        : entry.author() + ": " + entry.text()))
                .toList() : draft.timeline();
        List<ServiceStateChange> states = draft.serviceStates().isEmpty() ? incident.serviceStates().stream()
                .map(state -> new ServiceStateChange(state.service(), ServiceState.valueOf(state.state()), state.at()))
                .toList() : draft.serviceStates();
        Map<String, String> impact = new LinkedHashMap<>();
        incident.impacts().forEach(each -> impact.put(each.userType(), each.description()));
        impact.putAll(draft.impact());
        List<String> responders = draft.responders().isEmpty() ? incident.responders() : draft.responders();
        return new PostmortemContent(draft.summary(), draft.howItBegan(), timeline, states, impact, draft.cause(),
                draft.socialFactors(), draft.technicalFactors(), draft.aggravatingFactors(), draft.knownProblems(),
                draft.preventable(), responders, draft.internalFields());
    }
}
