package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.UserImpact;

@ApplicationScoped
public class UserImpactRepository implements PanacheRepositoryBase<UserImpact, UserImpact.Key> {

    public List<UserImpact> of(UUID caseId) {
        return list("caseId", Sort.ascending("userType"), caseId);
    }
}
