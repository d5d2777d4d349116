package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.CaseAccessRecord;

@ApplicationScoped
public class CaseAccessRecordRepository implements PanacheRepositoryBase<CaseAccessRecord, Long> {

    public List<CaseAccessRecord> of(UUID caseId) {
        return list("caseId", Sort.ascending("readAt", "id"), caseId);
    }
}
