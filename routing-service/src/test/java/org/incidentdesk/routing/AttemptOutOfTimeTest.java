package org.incidentdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.platform.inbox.IdempotentConsumer;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;

/**
 * A consumer starved of CPU (or waiting on a slow database) runs out of its transaction's time: that is the
 * machine's failure, not the event's, so the event is tried again rather than counted towards the dead-letter topic.
 */
@QuarkusTest
@TestProfile(AttemptOutOfTimeTest.ShortTransactions.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class AttemptOutOfTimeTest {

    /** One failed attempt of the event's own would dead-letter it; a transaction may take 1 s. */
    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("incident-desk.inbox.max-attempts", "1", "incident-desk.inbox.transaction-timeout", "1s");
        }
    }

    @Inject
    IdempotentConsumer inbox;

    @Test
    void anAttemptCutShortByItsTransactionTimeIsTriedAgainNotDeadLettered() {
        EventEnvelope<ReportSubmitted> event = EventEnvelope.wrap(new ReportSubmitted(UUID.randomUUID(),
                ReportKind.OUTAGE, null, null, ReportSource.ANONYMOUS, "en.example", "Search", null, null, "en", true,
                false, Instant.now()), Instant.now());
        AtomicInteger attempts = new AtomicInteger();

        inbox.consume("out-of-time-test", EventCodec.encode(event), ReportSubmitted.class, envelope -> {
            if (attempts.incrementAndGet() == 1) {
                pause(3_000); // well past the transaction's second: the transaction manager aborts it
            }
        });

        assertThat(attempts).hasValue(2);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
