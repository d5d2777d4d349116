package org.incidentdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Remembers the identity OIDC made of a bearer token it has just verified ({@link VerifiedTokens}). Runs first of
 * the augmentors, so what is remembered is OIDC's identity before roles mapping and permissions, which are applied
 * again to every request, reused or not.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && !identity.isAnonymous() && identity.getAttribute(ReusedTokenIdentityProvider.REUSED) == null) {
            tokens.remember(token.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
