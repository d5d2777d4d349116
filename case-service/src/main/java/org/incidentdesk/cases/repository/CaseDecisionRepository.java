package org.incidentdesk.cases.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.CaseDecision;

@ApplicationScoped
public class CaseDecisionRepository implements PanacheRepositoryBase<CaseDecision, UUID> {

    public Optional<CaseDecision> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }

    /** Temporary bans that ended before {@code now} and were not announced, locked so replicas take others. */
    @SuppressWarnings("unchecked")
    public List<CaseDecision> lockEndedBans(Instant now, int limit) {
        return getEntityManager().createNativeQuery("select * from case_decision where ends_at < :now"
                        + " and expired_at is null order by ends_at limit :limit for update skip locked",
                        CaseDecision.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
