package org.incidentdesk.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;

import org.incidentdesk.platform.lifecycle.NotRunning;

/**
 * Publishes committed outbox messages to their topics, keyed by aggregate id. A message is deleted only after
 * Kafka acknowledged it; one that failed stays pending and is retried, so delivery is at least once
 * and consumers deduplicate by event id.
 * <p>
 * A commit that recorded messages has them published moments later ({@code relay-delay}), looked up by their
 * ids: under load a relay run then publishes what several commits recorded, with primary-key reads instead of a
 * search through the index of pending messages, which is full of entries of deleted messages until PostgreSQL
 * vacuums it. A sweep every second searches for whatever that missed (a crash between commit and publish, a
 * broker that was down). Within a JVM one batch is relayed at a time, in id order. When a batch was not
 * published in full, commits are no longer relayed by id until a sweep has published what is pending, so that
 * a later event of an aggregate does not overtake an earlier one, and ids do not pile up while the broker is
 * away. Several replicas share the work through {@code SKIP LOCKED}.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox-relay";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final Vertx vertx;
    private final Queue<Long> committed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean relayingCommitted = new AtomicBoolean();
    private final ReentrantLock relaying = new ReentrantLock();
    private volatile boolean sweepFirst;

    public OutboxRelay(OutboxRepository repository, @Channel(CHANNEL) MutinyEmitter<String> emitter,
            OutboxConfig config, Vertx vertx) {
        this.repository = repository;
        this.emitter = emitter;
        this.config = config;
        this.vertx = vertx;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxMessageRecorded recorded) {
        if (sweepFirst) {
            return; // the sweep publishes it, in order
        }
        committed.add(recorded.messageId());
        if (relayingCommitted.compareAndSet(false, true)) {
            try {
                vertx.setTimer(Math.max(1, config.relayDelay().toMillis()), timer -> vertx.executeBlocking(() -> {
                    relayCommitted();
                    return null;
                }, false));
            } catch (RuntimeException e) { // Vert.x is shutting down: the sweep, or the next start, publishes it
                relayingCommitted.set(false);
            }
        }
    }

    @Scheduled(every = "${incident-desk.outbox.sweep-interval:1s}", skipExecutionIf = NotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            Relayed relayed;
            do {
                relayed = relayOneBatch(() -> repository.lockPending(config.batchSize()));
            } while (relayed.complete() && relayed.published() == config.batchSize());
            sweepFirst = !relayed.complete();
        } catch (RuntimeException e) {
            sweepFirst = true;
            LOG.warnf("Outbox relay sweep failed, pending messages stay for the next one: %s", e.getMessage());
        }
    }

    /** Publishes the messages committed so far, batch by batch; the caller holds {@link #relayingCommitted}. */
    private void relayCommitted() {
        do {
            try {
                for (List<Long> ids = takeCommitted(); !ids.isEmpty(); ids = takeCommitted()) {
                    if (sweepFirst) {
                        committed.clear(); // pending in the table: the sweep publishes them, in order
                        break;
                    }
                    List<Long> batch = ids;
                    if (!relayOneBatch(() -> repository.lockPending(batch)).complete()) {
                        sweepFirst = true;
                    }
                }
            } catch (RuntimeException e) {
                sweepFirst = true;
                LOG.warnf("Outbox relay run failed, its messages stay pending for the sweep: %s", e.getMessage());
            } finally {
                relayingCommitted.set(false);
            }
            // An id queued between the loop's last look and the release of the flag is relayed by another round.
        } while (!committed.isEmpty() && relayingCommitted.compareAndSet(false, true));
    }

    private List<Long> takeCommitted() {
        List<Long> ids = new ArrayList<>();
        Long id;
        while (ids.size() < config.batchSize() && (id = committed.poll()) != null) {
            ids.add(id);
        }
        return ids;
    }

    private Relayed relayOneBatch(Supplier<List<OutboxMessage>> lock) {
        relaying.lock();
        try {
            return relayBatch(lock);
        } finally {
            relaying.unlock();
        }
    }

    /** Publishes the batch that {@code lock} locks; says how many messages it locked and Kafka acknowledged. */
    @Transactional
    Relayed relayBatch(Supplier<List<OutboxMessage>> lock) {
        List<OutboxMessage> batch = lock.get();
        if (batch.isEmpty()) {
            return new Relayed(0, 0);
        }
        // The rows stay locked while Kafka acknowledges, but the transaction is suspended meanwhile: Mutiny would
        // otherwise carry it to the producer's callback threads, and Narayana refuses to commit a transaction that
        // another thread joined ("Enlisted connection used without active transaction").
        List<Boolean> acknowledged = QuarkusTransaction.suspendingExisting().call(() -> sendAll(batch));
        List<Long> published = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (acknowledged.get(i)) {
                published.add(batch.get(i).id);
            }
        }
        repository.deletePublished(published);
        if (published.size() < batch.size()) {
            LOG.warnf("Kafka acknowledged %d of %d outbox messages; the others stay pending", published.size(),
                    batch.size());
        }
        return new Relayed(batch.size(), published.size());
    }

    /** What one batch did: how many messages it locked, and how many of those Kafka acknowledged. */
    record Relayed(int locked, int published) {
        boolean complete() {
            return published == locked;
        }
    }

    private List<Boolean> sendAll(List<OutboxMessage> batch) {
        return Uni.join().all(batch.stream().map(this::send).toList()).andFailFast().await().atMost(config.sendTimeout());
    }

    /** Sends one message; the result says whether Kafka acknowledged it, a failure is not an exception. */
    private Uni<Boolean> send(OutboxMessage message) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(message.topic)
                .withKey(message.aggregateId)
                .withHeaders(List.of(
                        new RecordHeader("event-type", message.eventType.getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader("event-id", message.eventId.toString().getBytes(StandardCharsets.UTF_8))))
                .build();
        return emitter.sendMessage(Message.of(message.payload).addMetadata(metadata))
                .replaceWith(true)
                .onFailure().invoke(e -> LOG.debugf("Outbox message %s not acknowledged: %s", message.eventId,
                        e.getMessage()))
                .onFailure().recoverWithItem(false);
    }
}
