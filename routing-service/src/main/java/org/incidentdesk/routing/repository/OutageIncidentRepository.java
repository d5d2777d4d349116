package org.incidentdesk.routing.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.incidentdesk.routing.domain.OutageIncident;

@ApplicationScoped
public class OutageIncidentRepository implements PanacheRepositoryBase<OutageIncident, UUID> {

    /** The open incident of an outage, locked until the transaction ends. */
    public Optional<OutageIncident> openFor(String coalescingKey) {
        return find("coalescingKey = ?1 and state = ?2", coalescingKey, OutageIncident.State.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** How many other communities have an open incident about the service, with a report since {@code since}. */
    public long otherCommunitiesWithOpenIncident(String affectedService, String community, Instant since) {
        return count("affectedService = ?1 and community <> ?2 and state = ?3 and lastReportAt >= ?4",
                affectedService, community, OutageIncident.State.OPEN, since);
    }
}
