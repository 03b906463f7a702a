package org.foiplatform.assessment.infrastructure.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.assessment.application.AuditTrail;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;

/**
 * One sign-in for every service: a signed-in officer asks for a short-lived token (a JWT signed with the platform's
 * private key, which only this service holds), and sends it as {@code Authorization: Bearer ...} to response- and
 * notification-service, which check it with the public key and need no accounts of their own.
 */
@Path("/api/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final SecurityIdentity identity;
    private final AuditTrail audit;
    private final String issuer;
    private final Duration lifetime;
    private final java.time.Clock clock;

    public TokenResource(SecurityIdentity identity, AuditTrail audit, java.time.Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "foi-platform") String issuer,
            @ConfigProperty(name = "foi.tokens.lifetime", defaultValue = "PT15M") Duration lifetime) {
        this.identity = identity;
        this.audit = audit;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public record TokenView(String token, String tokenType, Instant expiresAt, List<String> roles) {
    }

    @POST
    @Operation(summary = "A token for the other services, valid for 15 minutes (foi.tokens.lifetime)",
            description = "Carries the signed-in account's name (upn) and roles (groups). 503 when no signing key is"
                    + " configured (SMALLRYE_JWT_SIGN_KEY_LOCATION).")
    public TokenView issue() {
        String name = identity.getPrincipal().getName();
        List<String> roles = identity.getRoles().stream().sorted().toList();
        Instant expires = clock.instant().plus(lifetime);
        String token;
        try {
            token = Jwt.issuer(issuer).upn(name).subject(name).groups(java.util.Set.copyOf(roles))
                    .expiresAt(expires).sign();
        } catch (RuntimeException e) {
            throw new TokensNotConfiguredException(e);
        }
        audit.record(name, "TOKEN_ISSUED", name, "roles " + String.join(", ", roles), null);
        return new TokenView(token, "Bearer", expires, roles);
    }

    /** No key to sign with: the deployment has not given one. */
    public static class TokensNotConfiguredException extends RuntimeException {
        TokensNotConfiguredException(Throwable cause) {
            super("No key is configured to sign tokens (SMALLRYE_JWT_SIGN_KEY_LOCATION)", cause);
        }
    }
}
