package org.incidentdesk.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EligibilityPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final EligibilityPolicy sourceDefaults = new EligibilityPolicy(Duration.ofHours(3), 1, true);

    @Test
    void anEstablishedConfirmedMemberMayReport() {
        assertThat(sourceDefaults.unmetRule(member(NOW.minus(Duration.ofHours(3)), 1, true, false), NOW)).isEmpty();
    }

    @Test
    void anAccountYoungerThanThreeHoursMayNot() {
        assertThat(sourceDefaults.unmetRule(member(NOW.minus(Duration.ofMinutes(179)), 10, true, false), NOW))
                .contains(EligibilityRule.ACCOUNT_AGE);
    }

    @Test
    void anAccountWithoutEditsMayNot() {
        assertThat(sourceDefaults.unmetRule(member(NOW.minus(Duration.ofDays(9)), 0, true, false), NOW))
                .contains(EligibilityRule.EDIT_COUNT);
    }

    @Test
    void anUnconfirmedEmailMayNot() {
        assertThat(sourceDefaults.unmetRule(member(NOW.minus(Duration.ofDays(9)), 5, false, false), NOW))
                .contains(EligibilityRule.EMAIL_CONFIRMED);
    }

    @Test
    void aBlockedAccountMayNotWhateverElseItMeets() {
        assertThat(sourceDefaults.unmetRule(member(NOW.minus(Duration.ofDays(900)), 5000, true, true), NOW))
                .contains(EligibilityRule.NOT_BLOCKED);
    }

    @Test
    void aCommunityMayWaiveTheEmailRule() {
        EligibilityPolicy lenient = new EligibilityPolicy(Duration.ofHours(3), 1, false);

        assertThat(lenient.unmetRule(member(NOW.minus(Duration.ofDays(9)), 5, false, false), NOW))
                .isEqualTo(Optional.empty());
    }

    private static CommunityMember member(Instant created, int edits, boolean emailConfirmed, boolean blocked) {
        return new CommunityMember("Alice", created, edits, emailConfirmed, blocked, Set.of());
    }
}
