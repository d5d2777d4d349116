package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.ServiceStateChange;

@ApplicationScoped
public class ServiceStateChangeRepository implements PanacheRepositoryBase<ServiceStateChange, Long> {

    /** Those of the case, oldest first. */
    public List<ServiceStateChange> of(UUID caseId) {
        return list("caseId", Sort.ascending("changedAt", "id"), caseId);
    }
}
