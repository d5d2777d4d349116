package org.incidentdesk.intake.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Which report each firing alert raised ({@code alert_signal}). */
@ApplicationScoped
public class AlertSignalRepository {

    private final EntityManager entityManager;

    public AlertSignalRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Serialises the handling of one alert across requests and replicas until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String source, String fingerprint) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", source + "\n" + fingerprint)
                .getSingleResult();
    }

    /** The report of the alert while it fires. */
    public Optional<UUID> firingReport(String source, String fingerprint) {
        List<?> rows = entityManager.createNativeQuery("select report_id from alert_signal"
                        + " where alert_source = :source and fingerprint = :fingerprint and resolved_at is null")
                .setParameter("source", source)
                .setParameter("fingerprint", fingerprint)
                .getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fired(String source, String fingerprint, UUID reportId, Instant at) {
        entityManager.createNativeQuery("insert into alert_signal (alert_source, fingerprint, report_id, fired_at)"
                        + " values (:source, :fingerprint, :reportId, :at)")
                .setParameter("source", source)
                .setParameter("fingerprint", fingerprint)
                .setParameter("reportId", reportId)
                .setParameter("at", at)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(String source, String fingerprint, Instant at) {
        entityManager.createNativeQuery("update alert_signal set resolved_at = :at"
                        + " where alert_source = :source and fingerprint = :fingerprint and resolved_at is null")
                .setParameter("source", source)
                .setParameter("fingerprint", fingerprint)
                .setParameter("at", at)
                .executeUpdate();
    }
}
