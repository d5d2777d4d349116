package org.incidentdesk.platform.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a bearer token that OIDC verified is trusted again without verifying it (see {@link VerifiedTokens}). */
@ConfigMapping(prefix = "incident-desk.security.verified-tokens")
public interface VerifiedTokensConfig {

    /**
     * How long a verified token is reused at most, never beyond its own expiry. It is also how long a token stays
     * accepted after its signing key was withdrawn from the issuer's key set. {@code 0s} verifies every request.
     */
    @WithDefault("30s")
    Duration maxAge();

    /** How many verified tokens each replica keeps; the least recently used go first. */
    @WithDefault("1000")
    int maximumSize();
}
