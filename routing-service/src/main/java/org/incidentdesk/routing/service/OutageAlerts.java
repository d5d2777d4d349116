package org.incidentdesk.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.incidentdesk.events.AlertResolved;
import org.incidentdesk.events.OutageAlertResolved;
import org.incidentdesk.platform.outbox.Outbox;
import org.incidentdesk.routing.domain.OutageIncident;
import org.incidentdesk.routing.repository.OutageIncidentRepository;
import org.incidentdesk.routing.repository.RoutingDecisionRepository;

/** Passes a monitoring system's resolution on to the outage incident its alert's report was coalesced into. */
@ApplicationScoped
public class OutageAlerts {

    private static final Logger LOG = Logger.getLogger(OutageAlerts.class);

    private final RoutingDecisionRepository decisions;
    private final OutageIncidentRepository incidents;
    private final Outbox outbox;

    public OutageAlerts(RoutingDecisionRepository decisions, OutageIncidentRepository incidents, Outbox outbox) {
        this.decisions = decisions;
        this.incidents = incidents;
        this.outbox = outbox;
    }

    /**
     * Records the resolution on the incident and announces it. The alert's report was routed before (the same
     * Kafka key keeps them in order); one that was not, or that opened no incident, is logged and skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(AlertResolved alert) {
        OutageIncident incident = decisions.findByIdOptional(alert.reportId())
                .filter(decision -> decision.incidentId != null)
                .map(decision -> incidents.findById(decision.incidentId))
                .orElse(null);
        if (incident == null) {
            LOG.warnf("Alert %s of %s resolved, but its report %s opened no outage incident", alert.signal(),
                    alert.alertSource(), alert.reportId());
            return;
        }
        incident.alertResolvedAt = alert.resolvedAt();
        outbox.publish(new OutageAlertResolved(incident.id, alert.reportId(), alert.alertSource(), alert.signal(),
                alert.resolvedAt()));
        LOG.infof("Alert %s resolved: passed on to outage incident %s", alert.signal(), incident.id);
    }
}
