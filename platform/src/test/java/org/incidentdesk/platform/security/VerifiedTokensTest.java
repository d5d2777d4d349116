package org.incidentdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);

    @Test
    void aTokenIsReusedForTheMaximumAgeAfterItsVerification() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        SecurityIdentity identity = identityExpiringAt(NOW.plusSeconds(300));
        tokens.remember("token", identity);

        clock.moveTo(NOW.plusSeconds(29));
        assertThat(tokens.find("token")).containsSame(identity);
        clock.moveTo(NOW.plusSeconds(30));
        assertThat(tokens.find("token")).isEmpty();
    }

    @Test
    void aTokenIsNeverReusedPastItsOwnExpiry() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        tokens.remember("token", identityExpiringAt(NOW.plusSeconds(10)));

        clock.moveTo(NOW.plusSeconds(9));
        assertThat(tokens.find("token")).isPresent();
        clock.moveTo(NOW.plusSeconds(10));
        assertThat(tokens.find("token")).isEmpty();
    }

    @Test
    void nothingIsReusedWhenTheMaximumAgeIsZero() {
        VerifiedTokens tokens = tokens(Duration.ZERO);
        tokens.remember("token", identityExpiringAt(NOW.plusSeconds(300)));

        assertThat(tokens.find("token")).isEmpty();
    }

    @Test
    void onlyTheSameTokenIsAnsweredAndATokenWithoutExpiryIsNotKept() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        tokens.remember("token", identityExpiringAt(NOW.plusSeconds(300)));
        tokens.remember("no-expiry", identityExpiringAt(Instant.EPOCH));

        assertThat(tokens.find("token2")).isEmpty();
        assertThat(tokens.find("no-expiry")).isEmpty();
    }

    private VerifiedTokens tokens(Duration maxAge) {
        return new VerifiedTokens(new VerifiedTokensConfig() {
            @Override
            public Duration maxAge() {
                return maxAge;
            }

            @Override
            public int maximumSize() {
                return 10;
            }
        }, clock, new SimpleMeterRegistry());
    }

    private static SecurityIdentity identityExpiringAt(Instant expiry) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "irene";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(expiry.getEpochSecond()) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("irt-member").build();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
