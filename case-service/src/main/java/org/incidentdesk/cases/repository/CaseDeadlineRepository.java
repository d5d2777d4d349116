package org.incidentdesk.cases.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.cases.domain.CaseDeadline;
import org.incidentdesk.cases.domain.DeadlineKind;

@ApplicationScoped
public class CaseDeadlineRepository implements PanacheRepositoryBase<CaseDeadline, UUID> {

    public List<CaseDeadline> of(UUID caseId) {
        return list("caseId", Sort.ascending("dueAt"), caseId);
    }

    public Optional<CaseDeadline> openOf(UUID caseId, DeadlineKind kind) {
        return find("caseId = ?1 and kind = ?2 and metAt is null", caseId, kind).firstResultOptional();
    }

    /**
     * Deadlines due before {@code now}, neither met nor found missed yet, locked so that several replicas
     * sweeping at once each take others ({@code SKIP LOCKED}).
     */
    @SuppressWarnings("unchecked")
    public List<CaseDeadline> lockOverdue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("select * from case_deadline where due_at < :now"
                        + " and met_at is null and missed_at is null order by due_at limit :limit for update skip locked",
                        CaseDeadline.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
