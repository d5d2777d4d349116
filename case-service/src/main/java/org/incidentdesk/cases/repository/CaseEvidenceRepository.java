package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.CaseEvidence;

@ApplicationScoped
public class CaseEvidenceRepository implements PanacheRepositoryBase<CaseEvidence, UUID> {

    /** Those of the case, oldest first. */
    public List<CaseEvidence> of(UUID caseId) {
        return list("caseId", Sort.ascending("addedAt", "id"), caseId);
    }
}
