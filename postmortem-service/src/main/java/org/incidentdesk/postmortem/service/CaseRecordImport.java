package org.incidentdesk.postmortem.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.incidentdesk.platform.lifecycle.NotRunning;
import org.incidentdesk.postmortem.client.CaseRecordsClient;
import org.incidentdesk.postmortem.client.IncidentRecord;
import org.incidentdesk.postmortem.config.PostmortemConfig;
import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.domain.PostmortemContent.ServiceStateChange;
import org.incidentdesk.postmortem.domain.PostmortemContent.TimelineItem;
import org.incidentdesk.postmortem.domain.PostmortemStatus;
import org.incidentdesk.postmortem.domain.ServiceState;
import org.incidentdesk.postmortem.repository.PostmortemRepository;

/**
 * Reads each new draft's incident from case-service (its timeline, its services' states over time, its impact per
 * kind of user and its responders) into the draft, filling only what nobody has written yet, and only while it is
 * a draft. A confidential incident (a security one) makes the report confidential whatever it was created as.
 * Runs apart from the event that drafted it, so that a case-service that does not answer delays the import, not
 * the draft: replicas claim drafts in turn, and a failed one is tried again after {@code import-retry-after}.
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
    private final Duration retryAfter;
    private final Clock clock;

    public CaseRecordImport(PostmortemRepository postmortems, @RestClient CaseRecordsClient cases,
            Revisions revisions, PostmortemConfig config, Clock clock) {
        this.postmortems = postmortems;
        this.cases = cases;
        this.revisions = revisions;
        this.retryAfter = config.importRetryAfter();
        this.clock = clock;
    }

    record Claimed(UUID id, UUID caseId, String caseReference) {
    }

    @Scheduled(every = "${incident-desk.postmortem.import-interval:5s}", delayed = "2s",
            skipExecutionIf = NotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void importNewDrafts() {
        for (Claimed draft : claim()) {
            try {
                IncidentRecord record = cases.record(draft.caseId());
                QuarkusTransaction.requiringNew().run(() -> apply(draft.id(), Optional.of(record)));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == NOT_FOUND) {
                    LOG.warnf("case-service knows no operational incident %s: post-mortem %s stays as drafted",
                            draft.caseId(), draft.id());
                    QuarkusTransaction.requiringNew().run(() -> apply(draft.id(), Optional.empty()));
                } else {
                    LOG.warnf("case-service answered %d for post-mortem %s: tried again in %s",
                            e.getResponse().getStatus(), draft.id(), retryAfter);
                }
            } catch (RuntimeException e) {
                LOG.warnf("case-service could not be asked for post-mortem %s (%s): tried again in %s", draft.id(),
                        e.getClass().getSimpleName(), retryAfter);
            }
        }
    }

    /** Claims drafts to import: marked as tried now, so that no other replica takes them before the retry time. */
    List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            return postmortems.lockToImport(now.minus(retryAfter), BATCH).stream().map(draft -> {
                draft.importTriedAt = now;
                return new Claimed(draft.id, draft.caseId, draft.caseReference);
            }).toList();
        });
    }

    void apply(UUID id, Optional<IncidentRecord> record) {
        Postmortem report = postmortems.findById(id);
        if (report.importedAt != null) {
            return;
        }
        Instant now = Instant.now(clock);
        report.importedAt = now;
        record.ifPresent(incident -> {
            if (report.status == PostmortemStatus.DRAFT) {
                report.caseReference = incident.reference();
                report.incidentStartedAt = incident.openedAt();
                report.incidentEndedAt = incident.closedAt() != null ? incident.closedAt() : report.incidentEndedAt;
            }
            Classification classification = confidential(incident) && report.classification.mayBePublished()
                    ? Classification.SECURITY : report.classification;
            if (classification != report.classification && report.isPublic()) {
                report.withdraw();
            }
            PostmortemContent content = report.status == PostmortemStatus.DRAFT
                    ? merged(report.content, incident) : report.content;
            revisions.save(report, report.title, classification, content, IMPORTER, now);
            LOG.infof("Post-mortem %s: %s's record read (%d timeline entries, %d service states)%s", id,
                    incident.reference(), incident.timeline().size(), incident.serviceStates().size(),
                    report.status == PostmortemStatus.DRAFT ? "" : "; the report is past its draft: content kept");
        });
    }

    private static boolean confidential(IncidentRecord incident) {
        return incident.confidential() || "SECURITY".equals(incident.route());
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
