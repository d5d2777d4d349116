package org.incidentdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration FIRST_DELAY = Duration.ofSeconds(2);

    @Test
    void retriesWithDoublingDelays() {
        Delivery delivery = pending();

        delivery.markFailed("SMTP down", NOW, FIRST_DELAY, 5);
        assertThat(delivery.nextAttemptAt).isEqualTo(NOW.plusSeconds(2));
        delivery.markFailed("SMTP down", NOW, FIRST_DELAY, 5);
        assertThat(delivery.nextAttemptAt).isEqualTo(NOW.plusSeconds(4));
        delivery.markFailed("SMTP down", NOW, FIRST_DELAY, 5);
        assertThat(delivery.nextAttemptAt).isEqualTo(NOW.plusSeconds(8));

        assertThat(delivery.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts).isEqualTo(3);
    }

    @Test
    void parksAfterTheLastAttempt() {
        Delivery delivery = pending();

        delivery.markFailed("refused", NOW, FIRST_DELAY, 2);
        delivery.markFailed("refused", NOW, FIRST_DELAY, 2);

        assertThat(delivery.status).isEqualTo(DeliveryStatus.PARKED);
        assertThat(delivery.lastError).isEqualTo("refused");
    }

    @Test
    void sentAfterAFailureClearsTheError() {
        Delivery delivery = pending();
        delivery.markFailed("refused", NOW, FIRST_DELAY, 5);

        delivery.markSent(NOW.plusSeconds(3));

        assertThat(delivery.status).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.sentAt).isEqualTo(NOW.plusSeconds(3));
        assertThat(delivery.lastError).isNull();
    }

    private static Delivery pending() {
        Delivery delivery = new Delivery();
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = NOW;
        return delivery;
    }
}
