package org.incidentdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.jwt.JsonWebToken;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final RoutingContext REQUEST = request();

    private final MovableClock clock = new MovableClock(NOW);

    @Test
    void aTokenIsReusedForTheMaximumAgeAfterItsVerification() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        SecurityIdentity identity = identityExpiringAt(NOW.plusSeconds(300));
        tokens.remember("token", identity);

        clock.moveTo(NOW.plusSeconds(29));
        assertThat(tokens.find("token", REQUEST)).isPresent();
        clock.moveTo(NOW.plusSeconds(30));
        assertThat(tokens.find("token", REQUEST)).isEmpty();
    }

    @Test
    void aTokenIsNeverReusedPastItsOwnExpiry() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        tokens.remember("token", identityExpiringAt(NOW.plusSeconds(10)));

        clock.moveTo(NOW.plusSeconds(9));
        assertThat(tokens.find("token", REQUEST)).isPresent();
        clock.moveTo(NOW.plusSeconds(10));
        assertThat(tokens.find("token", REQUEST)).isEmpty();
    }

    @Test
    void nothingIsReusedWhenTheMaximumAgeIsZero() {
        VerifiedTokens tokens = tokens(Duration.ZERO);
        tokens.remember("token", identityExpiringAt(NOW.plusSeconds(300)));

        assertThat(tokens.find("token", REQUEST)).isEmpty();
    }

    @Test
    void onlyTheSameTokenIsAnsweredAndATokenWithoutExpiryIsNotKept() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        tokens.remember("token", identityExpiringAt(NOW.plusSeconds(300)));
        tokens.remember("no-expiry", identityExpiringAt(Instant.EPOCH));

        assertThat(tokens.find("token2", REQUEST)).isEmpty();
        assertThat(tokens.find("no-expiry", REQUEST)).isEmpty();
    }

    @Test
    void aReusedIdentityServesTheCurrentRequestOnly() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        RoutingContext first = request();
        tokens.remember("token", QuarkusSecurityIdentity.builder(identityExpiringAt(NOW.plusSeconds(300)))
                .addAttribute(RoutingContext.class.getName(), first)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, first)
                .build());

        RoutingContext second = request();
        SecurityIdentity reused = tokens.find("token", second).orElseThrow();

        assertThat(HttpSecurityUtils.getRoutingContextAttribute(reused)).isSameAs(second);
        assertThat((Object) reused.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)).isSameAs(second);
        assertThat(reused.getPrincipal().getName()).isEqualTo("irene");
        assertThat(reused.getRoles()).containsExactly("irt-member");
    }

    @Test
    void aReusedIdentityDoesNotExtendItsOwnReuse() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        tokens.remember("token", identityExpiringAt(NOW.plusSeconds(300)));

        clock.moveTo(NOW.plusSeconds(20));
        tokens.remember("token", tokens.find("token", REQUEST).orElseThrow());
        clock.moveTo(NOW.plusSeconds(30));

        assertThat(tokens.find("token", REQUEST)).isEmpty();
    }

    @Test
    void anAnonymousIdentityIsNotKept() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        tokens.remember("token", QuarkusSecurityIdentity.builder(identityExpiringAt(NOW.plusSeconds(300)))
                .setAnonymous(true).build());

        assertThat(tokens.find("token", REQUEST)).isEmpty();
    }

    @Test
    void theRecorderKeepsOnlyWhatOidcMadeOfAnAccessToken() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        VerifiedTokenRecorder recorder = new VerifiedTokenRecorder(tokens);
        SecurityIdentity oidc = QuarkusSecurityIdentity.builder(identityExpiringAt(NOW.plusSeconds(300)))
                .addCredential(new AccessTokenCredential("from-oidc"))
                .addAttribute(OidcUtils.TENANT_ID_ATTRIBUTE, "Default")
                .build();
        SecurityIdentity other = QuarkusSecurityIdentity.builder(identityExpiringAt(NOW.plusSeconds(300)))
                .addCredential(new AccessTokenCredential("from-elsewhere"))
                .build();

        recorder.augment(oidc, null).await().indefinitely();
        recorder.augment(other, null).await().indefinitely();

        assertThat(tokens.find("from-oidc", REQUEST)).isPresent();
        assertThat(tokens.find("from-elsewhere", REQUEST)).isEmpty();
    }

    @Test
    void theProviderLeavesARequestWithoutHttpContextToOidc() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30));
        tokens.remember("token", identityExpiringAt(NOW.plusSeconds(300)));
        ReusedTokenIdentityProvider provider = new ReusedTokenIdentityProvider(tokens);

        TokenAuthenticationRequest withoutContext = new TokenAuthenticationRequest(new AccessTokenCredential("token"));
        TokenAuthenticationRequest withContext = new TokenAuthenticationRequest(new AccessTokenCredential("token"));
        HttpSecurityUtils.setRoutingContextAttribute(withContext, REQUEST);

        assertThat(provider.authenticate(withoutContext, null).await().indefinitely()).isNull();
        assertThat(provider.authenticate(withContext, null).await().indefinitely()).isNotNull();
    }

    private static RoutingContext request() {
        return (RoutingContext) Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, arguments) -> null);
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
