package org.incidentdesk.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities of bearer tokens that OIDC verified lately, so that a client sending the same token again and again
 * (the wiki filing reports on behalf of its members) does not have its signature checked and its JSON parsed on every
 * request: that took a sixth of intake's CPU and over half of what it allocated under load. A token is reused until
 * {@link VerifiedTokensConfig#maxAge()} after its verification, never past its own expiry; identities are kept as
 * OIDC made them, before any augmentation (roles mapping, permissions), which runs again on every request.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final Cache<String, Verified> verified;
    private final VerifiedTokensConfig config;
    private final Clock clock;
    private final Counter reuses;

    public VerifiedTokens(VerifiedTokensConfig config, Clock clock, MeterRegistry meters) {
        this.config = config;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(config.maximumSize()).build();
        this.reuses = Counter.builder("incident_desk.verified_tokens.reused")
                .description("Requests whose bearer token was verified by an earlier request")
                .register(meters);
    }

    /** The identity OIDC made of {@code token}, while it may still be reused. */
    public Optional<SecurityIdentity> find(String token) {
        Verified entry = verified.getIfPresent(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.reusableUntil())) {
            verified.invalidate(token);
            return Optional.empty();
        }
        reuses.increment();
        return Optional.of(entry.identity());
    }

    /** Keeps the identity OIDC made of {@code token}, unless reuse is off or the token carries no expiry. */
    public void remember(String token, SecurityIdentity identity) {
        if (config.maxAge().isZero() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant verifiedAt = clock.instant();
        Instant expiry = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant until = verifiedAt.plus(config.maxAge());
        if (expiry.isAfter(verifiedAt)) {
            verified.put(token, new Verified(identity, expiry.isBefore(until) ? expiry : until));
        }
    }

    private record Verified(SecurityIdentity identity, Instant reusableUntil) {
    }
}
