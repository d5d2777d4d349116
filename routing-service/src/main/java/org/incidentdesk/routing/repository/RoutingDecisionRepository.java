package org.incidentdesk.routing.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.routing.domain.RoutingDecision;

@ApplicationScoped
public class RoutingDecisionRepository implements PanacheRepositoryBase<RoutingDecision, UUID> {

    /** Decisions flagged for human review, newest first. */
    public List<RoutingDecision> flaggedForReview(int page, int size) {
        return find("reviewReason is not null", Sort.descending("decidedAt")).page(Page.of(page, size)).list();
    }
}
