package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.events.CaseFamily;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<IncidentCase, UUID> {

    public List<IncidentCase> newestFirst() {
        return listAll(Sort.descending("openedAt"));
    }

    /** A human reference such as {@code INC-12} (operational) or {@code CASE-7} (conduct). */
    public String nextReference(CaseFamily family) {
        boolean conduct = family == CaseFamily.CONDUCT;
        Number next = (Number) getEntityManager()
                .createNativeQuery(conduct ? "select nextval('conduct_case_reference_seq')"
                        : "select nextval('operational_case_reference_seq')")
                .getSingleResult();
        return (conduct ? "CASE-" : "INC-") + next.longValue();
    }
}
