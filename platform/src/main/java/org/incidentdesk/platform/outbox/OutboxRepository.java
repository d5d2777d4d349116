package org.incidentdesk.platform.outbox;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxMessage> {

    /**
     * Locks the oldest pending messages. {@code SKIP LOCKED} lets several replicas relay at once without
     * publishing a message twice or waiting for each other.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> lockPending(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_message where published_at is null"
                        + " order by id limit :limit for update skip locked", OutboxMessage.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Locks those of the given messages that are still pending, by their ids (no search of the table). A message
     * that another run has locked is skipped: that run publishes it.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> lockPending(Collection<Long> ids) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_message where id in (:ids) and published_at is null"
                        + " order by id for update skip locked", OutboxMessage.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * Deletes the messages Kafka acknowledged: the table holds only what is still to be published, so that finding
     * it stays cheap however many events the service has published. (Rows of earlier versions, kept with
     * {@code published_at} set, are left alone.)
     */
    public void deletePublished(List<Long> ids) {
        if (!ids.isEmpty()) {
            delete("id in ?1", ids);
        }
    }
}
