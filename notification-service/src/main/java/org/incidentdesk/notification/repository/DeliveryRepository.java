package org.incidentdesk.notification.repository;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.domain.DeliveryStatus;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    /** Due deliveries, the longest due first, locked so that several replicas never send the same one. */
    @SuppressWarnings("unchecked")
    public List<Delivery> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("select * from delivery where status = 'PENDING' and next_attempt_at <= :now"
                        + " order by next_attempt_at, id limit :limit for update skip locked", Delivery.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Adds the delivery unless the same (event, recipient, template) exists; returns whether it was added. */
    public boolean addIfNew(Delivery delivery) {
        int inserted = getEntityManager().createNativeQuery("insert into delivery (event_id, channel, recipient,"
                        + " template, subject, body, status, attempts, next_attempt_at, created_at, topic, case_id)"
                        + " values (:eventId, :channel, :recipient, :template, :subject, :body, 'PENDING', 0, :due, :now,"
                        + " :topic, cast(:caseId as uuid)) on conflict (event_id, recipient, template) do nothing")
                .setParameter("eventId", delivery.eventId)
                .setParameter("channel", delivery.channel.name())
                .setParameter("recipient", delivery.recipient)
                .setParameter("template", delivery.template)
                .setParameter("subject", delivery.subject)
                .setParameter("body", delivery.body)
                .setParameter("now", delivery.createdAt)
                .setParameter("due", delivery.nextAttemptAt)
                .setParameter("topic", delivery.topic)
                .setParameter("caseId", delivery.caseId == null ? null : delivery.caseId.toString())
                .executeUpdate();
        return inserted == 1;
    }

    /** Cancels the deliveries to this recipient that are not sent yet; returns how many. */
    public int cancelPendingTo(DeliveryChannel channel, String recipient, String reason) {
        return update("status = ?1, lastError = ?2 where channel = ?3 and recipient = ?4 and status in ?5",
                DeliveryStatus.CANCELLED, reason, channel, recipient, List.of(DeliveryStatus.PENDING, DeliveryStatus.PARKED));
    }

    /** Cancels the deliveries about this topic that are still waiting (or parked); returns how many. */
    public int cancelPendingAbout(String topic, String reason) {
        return update("status = ?1, lastError = ?2 where topic = ?3 and status in ?4", DeliveryStatus.CANCELLED,
                reason, topic, List.of(DeliveryStatus.PENDING, DeliveryStatus.PARKED));
    }

    /** How many messages went to this recipient through this channel since {@code since}. */
    public long sentSince(DeliveryChannel channel, String recipient, Instant since) {
        return count("channel = ?1 and recipient = ?2 and status = ?3 and sentAt >= ?4", channel, recipient,
                DeliveryStatus.SENT, since);
    }

    /** Puts the parked deliveries of a channel that works again back in the queue, each a few times at most. */
    public int requeueParked(DeliveryChannel channel, Instant now, int maxRequeues) {
        return update("status = ?1, attempts = 0, nextAttemptAt = ?2, requeues = requeues + 1 where channel = ?3"
                + " and status = ?4 and requeues < ?5", DeliveryStatus.PENDING, now, channel, DeliveryStatus.PARKED,
                maxRequeues);
    }

    /**
     * Per channel, the parked delivery tried least recently goes back to the queue, without counting as a requeue:
     * a probe of whether the channel works again. Failing, it is parked again at once (its attempts are spent).
     */
    public int probeParked(Instant now) {
        return getEntityManager().createNativeQuery("update delivery set status = 'PENDING', next_attempt_at = :now"
                        + " where id in (select distinct on (channel) id from delivery where status = 'PARKED'"
                        + " order by channel, next_attempt_at, id)")
                .setParameter("now", now)
                .executeUpdate();
    }
}
