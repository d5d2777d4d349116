package org.incidentdesk.routing.repository;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.routing.domain.RoutingDecision;

@ApplicationScoped
public class RoutingDecisionRepository implements PanacheRepositoryBase<RoutingDecision, UUID> {
}
