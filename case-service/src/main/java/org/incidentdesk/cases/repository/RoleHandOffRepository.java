package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.cases.domain.RoleHandOff;

@ApplicationScoped
public class RoleHandOffRepository implements PanacheRepositoryBase<RoleHandOff, Long> {

    /** Who held the roles of a case, oldest first. */
    public List<RoleHandOff> of(UUID caseId) {
        return list("caseId", Sort.ascending("handedAt", "id"), caseId);
    }
}
