package org.incidentdesk.intake.repository;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.incidentdesk.intake.domain.QuotaClass;

/** Daily report counts, in PostgreSQL so that every intake replica shares them. */
@ApplicationScoped
public class QuotaRepository {

    private final EntityManager entityManager;

    public QuotaRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Counts one more report unless the count has reached the limit; returns whether it was counted. Concurrent
     * charges of the same subject queue on its row, so the limit holds across replicas. The charge is part of
     * the caller's transaction: a report that is not stored is not counted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryCharge(String community, String subject, QuotaClass quotaClass, LocalDate day, int limit) {
        if (limit <= 0) {
            return false;
        }
        return !entityManager.createNativeQuery("insert into report_quota (community, subject, quota_class, day, used)"
                        + " values (:community, :subject, :quotaClass, :day, 1)"
                        + " on conflict (community, subject, quota_class, day)"
                        + " do update set used = report_quota.used + 1 where report_quota.used < :limit"
                        + " returning used")
                .setParameter("community", community)
                .setParameter("subject", subject)
                .setParameter("quotaClass", quotaClass.name())
                .setParameter("day", day)
                .setParameter("limit", limit)
                .getResultList().isEmpty();
    }
}
