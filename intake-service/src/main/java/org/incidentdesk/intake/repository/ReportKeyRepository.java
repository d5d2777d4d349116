package org.incidentdesk.intake.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The wrapped data keys of reports ({@code report_key}). */
@ApplicationScoped
public class ReportKeyRepository {

    private final EntityManager entityManager;

    public ReportKeyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID keyId, byte[] wrappedKey, Instant createdAt) {
        entityManager.createNativeQuery("insert into report_key (key_id, wrapped_key, created_at) values (:id, :key, :at)")
                .setParameter("id", keyId)
                .setParameter("key", wrappedKey)
                .setParameter("at", createdAt)
                .executeUpdate();
    }

    public Optional<byte[]> find(UUID keyId) {
        List<?> rows = entityManager.createNativeQuery("select wrapped_key from report_key where key_id = :id")
                .setParameter("id", keyId)
                .getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID keyId) {
        entityManager.createNativeQuery("delete from report_key where key_id = :id")
                .setParameter("id", keyId)
                .executeUpdate();
    }
}
