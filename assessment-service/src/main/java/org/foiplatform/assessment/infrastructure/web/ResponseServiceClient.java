package org.foiplatform.assessment.infrastructure.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.assessment.application.AssessmentConfig;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;

/**
 * Calls response-service's API for the signed-in officer (the letter preview, the authority's profile), with a
 * short-lived token signed here for them ({@code upn}, {@code groups} = their roles, valid
 * {@code foi.assessment.preview-token-lifetime}), waiting at most {@code foi.assessment.preview-timeout}. When there is
 * no key to sign with, or response-service cannot be reached, the reply says why instead of throwing, so that a page
 * can say so plainly.
 */
@ApplicationScoped
public class ResponseServiceClient {

    private static final Logger LOG = Logger.getLogger(ResponseServiceClient.class);

    /** response-service's answer ({@code status}, {@code body}), or why there is none ({@code unavailable}). */
    public record Reply(int status, String body, String unavailable) {
        static Reply notAvailable(String why) {
            return new Reply(0, null, why);
        }

        public boolean answered() {
            return unavailable == null;
        }
    }

    private final String base;
    private final Duration timeout;
    private final Duration tokenLifetime;
    private final String issuer;
    private final java.time.Clock clock;
    private final HttpClient http;

    public ResponseServiceClient(AssessmentConfig config, java.time.Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "foi-platform") String issuer) {
        String url = config.responseBaseUrl().strip();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.timeout = config.previewTimeout();
        this.tokenLifetime = config.previewTokenLifetime();
        this.issuer = issuer;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** {@code method} {@code path} (e.g. {@code /api/letters/preview}) as {@code who}, with a JSON body or none. */
    public Reply call(SecurityIdentity who, String method, String path, String jsonBody) {
        String token;
        try {
            String name = who.getPrincipal().getName();
            token = Jwt.issuer(issuer).upn(name).subject(name).groups(Set.copyOf(who.getRoles()))
                    .expiresAt(clock.instant().plus(tokenLifetime)).sign();
        } catch (RuntimeException e) {
            LOG.warnf("Not calling response-service's %s: no key to sign a token with (%s)", path, e.toString());
            return Reply.notAvailable("this service has no key to sign in to response-service with");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200 && response.statusCode() != 400) {
                LOG.warnf("response-service answered %s %s with %d", method, path, response.statusCode());
            }
            return new Reply(response.statusCode(), response.body(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.notAvailable("the request to response-service was interrupted");
        } catch (IOException | RuntimeException e) {
            LOG.warnf("response-service's %s could not be reached: %s", path, e.toString());
            return Reply.notAvailable("response-service could not be reached");
        }
    }
}
