package org.incidentdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.repository.DeliveryRepository;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.MailTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestMailbox;

/**
 * Scheduled messages are rows of one table: replicas dispatching at the same moment each lock different due rows
 * ({@code FOR UPDATE SKIP LOCKED}), so every message is sent once however many replicas run.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
class ReplicaDispatchTest {

    private static final int MESSAGES = 10;

    @Inject
    DeliveryRepository deliveries;

    @Test
    void twoReplicasDispatchingAtOnceTakeDifferentMessagesAndEachIsSentOnce() throws Exception {
        List<String> addresses = IntStream.range(0, MESSAGES)
                .mapToObj(i -> "replica-" + i + "-" + UUID.randomUUID() + "@example.org").toList();
        Instant due = Instant.now().plusSeconds(3); // not due yet for this service's own dispatcher
        QuarkusTransaction.requiringNew().run(() -> addresses.forEach(address -> deliveries.addIfNew(
                Delivery.pending(UUID.randomUUID(), DeliveryChannel.EMAIL, address, "test", "Scheduled", "Hello",
                        Instant.now()).scheduledAt(due, null))));

        CountDownLatch bothHoldTheirLocks = new CountDownLatch(2);
        Callable<List<String>> replica = () -> QuarkusTransaction.requiringNew().call(() -> {
            List<String> taken = deliveries.lockDue(due, MESSAGES / 2 + 2).stream()
                    .map(delivery -> delivery.recipient).filter(addresses::contains).toList();
            bothHoldTheirLocks.countDown();
            assertThat(bothHoldTheirLocks.await(10, TimeUnit.SECONDS)).as("the other replica was not blocked").isTrue();
            return taken; // nothing changed: committing only releases the locks, and the dispatcher sends them
        });
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> first = replicas.submit(replica);
            Future<List<String>> second = replicas.submit(replica);
            List<String> takenByFirst = first.get(20, TimeUnit.SECONDS);
            List<String> takenBySecond = second.get(20, TimeUnit.SECONDS);
            assertThat(takenByFirst).isNotEmpty().doesNotContainAnyElementsOf(takenBySecond);
            assertThat(takenBySecond).isNotEmpty();
        } finally {
            replicas.shutdownNow();
        }

        for (String address : addresses) {
            TestMailbox.awaitMessagesFor(address, 1, Duration.ofSeconds(30));
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> addresses.stream().allMatch(address -> TestMailbox.messagesFor(address).size() == 1));
    }
}
