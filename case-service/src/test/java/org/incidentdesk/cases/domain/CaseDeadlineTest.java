package org.incidentdesk.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CaseDeadlineTest {

    private static final Instant DUE = Instant.parse("2026-11-24T10:00:00Z");

    private final CaseDeadline deadline = CaseDeadline.due(UUID.randomUUID(), DeadlineKind.REPLY_TO_REPORTER, DUE);

    @Test
    void metInTimeIsMet() {
        deadline.meet("irene", DUE.minusSeconds(1));

        assertThat(deadline.status()).isEqualTo(CaseDeadline.Status.MET);
        assertThat(deadline.isOpen()).isFalse();
    }

    @Test
    void metLateCountsAsMissedAndKeepsWhenItWasMet() {
        deadline.meet("irene", DUE.plusSeconds(60));

        assertThat(deadline.status()).isEqualTo(CaseDeadline.Status.MISSED);
        assertThat(deadline.metAt).isEqualTo(DUE.plusSeconds(60));
    }

    @Test
    void foundMissedStaysMissedWhenMetAfterwards() {
        deadline.miss(DUE.plusSeconds(5));
        deadline.meet("irene", DUE.plusSeconds(3600));

        assertThat(deadline.status()).isEqualTo(CaseDeadline.Status.MISSED);
        assertThat(deadline.missedAt).isEqualTo(DUE.plusSeconds(5));
    }
}
