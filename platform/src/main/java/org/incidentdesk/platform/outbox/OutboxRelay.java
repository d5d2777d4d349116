package org.incidentdesk.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;

/**
 * Publishes committed outbox messages to their topics, oldest first, keyed by aggregate id. A message is
 * marked published only after Kafka acknowledged it; a failed batch stays pending and is retried, so
 * delivery is at least once and consumers deduplicate by event id.
 * <p>
 * A commit that recorded messages starts a relay run at once; a scheduled sweep catches whatever that missed
 * (a crash between commit and publish, a broker that was down). Several replicas share the work safely.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox-relay";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final Clock clock;
    private final Vertx vertx;
    private final AtomicBoolean runRequested = new AtomicBoolean();

    public OutboxRelay(OutboxRepository repository, @Channel(CHANNEL) MutinyEmitter<String> emitter,
            OutboxConfig config, Clock clock, Vertx vertx) {
        this.repository = repository;
        this.emitter = emitter;
        this.config = config;
        this.clock = clock;
        this.vertx = vertx;
    }

    /** Starts one relay run in the background; commits arriving meanwhile join the next run. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxMessageRecorded recorded) {
        if (runRequested.compareAndSet(false, true)) {
            vertx.executeBlocking(() -> {
                runRequested.set(false);
                relayAll();
                return null;
            }, false);
        }
    }

    @Scheduled(every = "${incident-desk.outbox.sweep-interval:1s}", skipExecutionIf = ApplicationStarted.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        relayAll();
    }

    private void relayAll() {
        try {
            while (relayPending() == config.batchSize()) {
                LOG.debug("Outbox batch full, relaying the next one");
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay run failed, pending messages stay for the next run: %s", e.getMessage());
        }
    }

    /** Publishes one batch; returns how many messages went out. */
    @Transactional
    public int relayPending() {
        List<OutboxMessage> batch = repository.lockPending(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        Uni.join().all(batch.stream().map(this::send).toList()).andFailFast()
                .await().atMost(config.sendTimeout());
        Instant now = Instant.now(clock);
        batch.forEach(message -> message.publishedAt = now);
        return batch.size();
    }

    private Uni<Void> send(OutboxMessage message) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(message.topic)
                .withKey(message.aggregateId)
                .withHeaders(List.of(
                        new RecordHeader("event-type", message.eventType.getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader("event-id", message.eventId.toString().getBytes(StandardCharsets.UTF_8))))
                .build();
        return emitter.sendMessage(Message.of(message.payload).addMetadata(metadata));
    }
}
