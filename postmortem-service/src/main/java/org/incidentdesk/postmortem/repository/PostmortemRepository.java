package org.incidentdesk.postmortem.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.postmortem.domain.Postmortem;

@ApplicationScoped
public class PostmortemRepository implements PanacheRepositoryBase<Postmortem, UUID> {

    public List<Postmortem> newestFirst() {
        return listAll(Sort.descending("createdAt"));
    }

    public boolean existsForCase(UUID caseId) {
        return count("caseId", caseId) > 0;
    }
}
