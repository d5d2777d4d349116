package org.incidentdesk.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities of bearer tokens that OIDC verified lately, so that a client sending the same token again and again
 * (the wiki filing reports on behalf of its members) does not have its signature checked and its JSON parsed on every
 * request: at 1,000 reports/s that was 13 % of intake's CPU and 59 % of the bytes it allocated. A token is reused
 * until {@link VerifiedTokensConfig#maxAge()} after its verification, never past its own expiry, and then dropped
 * (so the request OIDC's identity refers to is not kept alive longer). A reused identity refers to the request it
 * serves, never to an earlier one; roles mapping and augmentation are applied to every request.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Marks an identity that was reused, not verified by this request. */
    static final String REUSED = "incident-desk.verified-token-reused";

    private final Cache<String, Verified> verified;
    private final VerifiedTokensConfig config;
    private final Clock clock;
    private final Counter reuses;

    public VerifiedTokens(VerifiedTokensConfig config, Clock clock, MeterRegistry meters) {
        this.config = config;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.maximumSize())
                .expireAfter(Expiry.creating((String token, Verified entry) -> entry.reusableFor()))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
        this.reuses = Counter.builder("incident_desk.verified_tokens.reused")
                .description("Requests whose bearer token was verified by an earlier request")
                .register(meters);
    }

    /** The identity OIDC made of {@code token}, for the request {@code request}, while it may still be reused. */
    public Optional<SecurityIdentity> find(String token, RoutingContext request) {
        Verified entry = verified.getIfPresent(token); // absent once its reuse has ended
        if (entry == null) {
            return Optional.empty();
        }
        reuses.increment();
        return Optional.of(QuarkusSecurityIdentity.builder(entry.identity())
                .addAttribute(RoutingContext.class.getName(), request)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, request)
                .addAttribute(REUSED, true)
                .build());
    }

    /**
     * Keeps the identity OIDC made of {@code token}, unless reuse is off, the identity is a reused one (its reuse must
     * not be extended) or the token carries no expiry.
     */
    public void remember(String token, SecurityIdentity identity) {
        if (config.maxAge().isZero() || identity.isAnonymous() || identity.getAttribute(REUSED) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant verifiedAt = clock.instant();
        Instant expiry = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant until = verifiedAt.plus(config.maxAge());
        if (expiry.isAfter(verifiedAt)) {
            verified.put(token, new Verified(identity,
                    Duration.between(verifiedAt, expiry.isBefore(until) ? expiry : until)));
        }
    }

    private record Verified(SecurityIdentity identity, Duration reusableFor) {
    }
}
