package org.incidentdesk.platform.inbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which events each consumer has processed, in the consumer's own transaction. */
@ApplicationScoped
public class ProcessedEventLedger {

    private final EntityManager entityManager;

    public ProcessedEventLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the event as processed by the consumer. Returns false when it already was, so the caller skips
     * it. Concurrent duplicates are safe: the primary key lets only one transaction insert the row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstProcessing(UUID eventId, String consumer) {
        int inserted = entityManager.createNativeQuery("insert into processed_event (event_id, consumer, processed_at)"
                        + " values (:eventId, :consumer, now()) on conflict do nothing")
                .setParameter("eventId", eventId)
                .setParameter("consumer", consumer)
                .executeUpdate();
        return inserted == 1;
    }
}
