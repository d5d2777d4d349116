package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.CaseParty;

@ApplicationScoped
public class CasePartyRepository implements PanacheRepositoryBase<CaseParty, UUID> {

    public List<CaseParty> of(UUID caseId) {
        return list("caseId", Sort.ascending("addedAt"), caseId);
    }
}
