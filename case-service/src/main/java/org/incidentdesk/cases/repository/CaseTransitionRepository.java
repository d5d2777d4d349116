package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.cases.domain.CaseTransition;

@ApplicationScoped
public class CaseTransitionRepository implements PanacheRepositoryBase<CaseTransition, Long> {

    /** A case's history, oldest first. */
    public List<CaseTransition> of(UUID caseId) {
        return list("caseId", Sort.ascending("changedAt", "id"), caseId);
    }
}
