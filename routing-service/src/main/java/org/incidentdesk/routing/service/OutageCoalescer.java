package org.incidentdesk.routing.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.incidentdesk.events.OutageIncidentLink;
import org.incidentdesk.events.OutageKey;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.routing.config.RoutingConfig;
import org.incidentdesk.routing.domain.OutageAssessment;
import org.incidentdesk.routing.domain.OutageIncident;
import org.incidentdesk.routing.repository.OutageIncidentRepository;

/**
 * Coalesces outage reports and alerts into one incident per service and community: the first opens it, each
 * later one within the window of the previous attaches to it. Reports of one outage share a Kafka key, so one
 * consumer sees them in order; the database still holds at most one open incident per outage (a unique index),
 * so that two consumers racing on the same outage make one incident: the loser's transaction fails and its
 * retry attaches.
 */
@ApplicationScoped
public class OutageCoalescer {

    private static final Logger LOG = Logger.getLogger(OutageCoalescer.class);

    private final OutageIncidentRepository incidents;
    private final Duration window;

    public OutageCoalescer(OutageIncidentRepository incidents, RoutingConfig config) {
        this.incidents = incidents;
        this.window = config.coalescingWindow();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutageIncidentLink coalesce(ReportSubmitted report, Instant at) {
        String key = OutageKey.of(report.community(), report.affectedService());
        OutageAssessment assessment = OutageAssessment.of(report, incidents.otherCommunitiesWithOpenIncident(
                report.affectedService(), report.community(), at.minus(window)));
        OutageIncident open = incidents.openFor(key).orElse(null);
        if (open != null && open.takesReportsAt(at, window)) {
            open.attach(assessment, at);
            return open.link(false);
        }
        if (open != null) {
            open.lapse();
            incidents.flush(); // the unique index on open incidents sees the lapse before the insert
        }
        OutageIncident opened = OutageIncident.open(key, report.community(), report.affectedService(), assessment, at);
        incidents.persist(opened);
        LOG.infof("Outage incident %s opened for %s on %s (%s, %s)", opened.id, report.affectedService(),
                report.community(), opened.severity, opened.scope);
        return opened.link(true);
    }

    /** The case of an outage was closed: reports after this open a new incident instead of joining a closed one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseClosed(UUID incidentId) {
        incidents.findByIdOptional(incidentId).ifPresent(incident -> {
            incident.close();
            LOG.infof("Outage incident %s closed with its case", incidentId);
        });
    }
}
