package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.domain.TimelineEntry;
import org.incidentdesk.cases.repository.CaseRepository;
import org.incidentdesk.cases.repository.TimelineEntryRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseTimelineEntryAdded;
import org.incidentdesk.events.ChatLineLogged;
import org.incidentdesk.events.OutageAlertResolved;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.outbox.Outbox;

/**
 * The append-only timeline of a case: entries from staff, from its state changes, role hand-offs and service
 * states, from {@code !log} lines in the ops chat channel, and from monitoring systems resolving their alerts.
 * Each entry is published (without its text) as {@code case.timeline-entry-added}.
 */
@ApplicationScoped
public class CaseTimeline {

    private static final Logger LOG = Logger.getLogger(CaseTimeline.class);
    private static final Pattern INCIDENT_REFERENCE = Pattern.compile("\\b(INC-\\d+)\\b");

    private final CaseAccess access;
    private final TimelineEntryRepository entries;
    private final CaseRepository cases;
    private final Outbox outbox;
    private final Clock clock;

    public CaseTimeline(CaseAccess access, TimelineEntryRepository entries, CaseRepository cases, Outbox outbox,
            Clock clock) {
        this.access = access;
        this.entries = entries;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public List<TimelineEntry> of(UUID caseId, SecurityIdentity staff) {
        return entries.of(access.open(caseId, staff, "read timeline").id);
    }

    /** A staff member writes on the timeline. */
    @Transactional
    public TimelineEntry write(UUID caseId, String text, SecurityIdentity staff) {
        IncidentCase incidentCase = access.open(caseId, staff, "write on timeline");
        return append(incidentCase, TimelineEntry.Kind.NOTE, text, staff.getPrincipal().getName(), Instant.now(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry append(IncidentCase incidentCase, TimelineEntry.Kind kind, String text, String author,
            Instant at) {
        return append(incidentCase, kind, text, author, at, null);
    }

    private TimelineEntry append(IncidentCase incidentCase, TimelineEntry.Kind kind, String text, String author,
            Instant at, UUID sourceId) {
        TimelineEntry entry = TimelineEntry.of(incidentCase.id, kind, text, author, at);
        entry.sourceId = sourceId;
        entries.persist(entry);
        outbox.publish(new CaseTimelineEntryAdded(incidentCase.id, incidentCase.reference, incidentCase.confidential,
                entry.id, kind.name(), author, at));
        return entry;
    }

    /**
     * A {@code !log} line joins the timeline of the incident it names ({@code INC-12}; a reference that names no
     * incident puts it nowhere), or, naming none, of the one outage open when there is exactly one. Security incidents take only lines that name them: they are
     * worked on in a private channel.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TimelineEntry> logged(ChatLineLogged line) {
        if (entries.count("sourceId", line.lineId()) > 0) {
            return Optional.empty();
        }
        Matcher named = INCIDENT_REFERENCE.matcher(line.text());
        Optional<IncidentCase> incident = named.find() ? operationalCase(named.group(1)) : theOneOpenOutage();
        if (incident.isEmpty()) {
            LOG.infof("A !log line from %s in %s names no incident and several or none are open: not on a timeline",
                    line.nick(), line.channel());
            return Optional.empty();
        }
        return Optional.of(append(incident.get(), TimelineEntry.Kind.CHAT_LOG, line.text(), line.nick(),
                line.loggedAt(), line.lineId()));
    }

    /** A monitoring system resolved an alert of an outage: the outage's incident hears of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertResolved(OutageAlertResolved resolved) {
        cases.find("outageIncidentId", resolved.incidentId()).firstResultOptional().ifPresent(incident -> append(
                incident, TimelineEntry.Kind.ALERT_RESOLVED, "Alert " + resolved.signal() + " resolved",
                resolved.alertSource(), resolved.resolvedAt()));
    }

    private Optional<IncidentCase> operationalCase(String reference) {
        return cases.find("reference", reference).firstResultOptional().filter(c -> c.family == CaseFamily.OPERATIONAL);
    }

    private Optional<IncidentCase> theOneOpenOutage() {
        // two rows are enough to know whether exactly one is open
        List<IncidentCase> open = cases.find("family = ?1 and route = ?2 and closedAt is null",
                CaseFamily.OPERATIONAL, Route.OUTAGE).page(0, 2).list();
        return open.size() == 1 ? Optional.of(open.get(0)) : Optional.empty();
    }
}
