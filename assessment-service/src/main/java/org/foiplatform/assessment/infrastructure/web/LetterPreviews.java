package org.foiplatform.assessment.infrastructure.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;

/**
 * The letter a decision would make, and response-service's compliance findings on it ({@code POST
 * /api/letters/preview}), asked for with a short-lived token signed here for the signed-in officer. When
 * response-service cannot be reached or does not answer in time, the preview says so and the officer may carry on.
 */
@ApplicationScoped
public class LetterPreviews {

    private static final Logger LOG = Logger.getLogger(LetterPreviews.class);

    /** One finding of response-service's compliance rules on the letter. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String rule, String severity, Integer question, String message) {
        public boolean blocking() {
            return "BLOCKING".equalsIgnoreCase(severity);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String html, boolean blocked, List<Finding> findings) {
    }

    /** The preview, or why there is none ({@code available} false). */
    public record Preview(boolean available, String html, boolean blocked, List<Finding> findings,
            String unavailable) {
        static Preview notAvailable(String why) {
            return new Preview(false, null, false, List.of(), why);
        }
    }

    private final ObjectMapper json;
    private final URI endpoint;
    private final Duration timeout;
    private final Duration tokenLifetime;
    private final String issuer;
    private final java.time.Clock clock;
    private final HttpClient http;

    public LetterPreviews(ObjectMapper json, AssessmentConfig config, java.time.Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "foi-platform") String issuer) {
        this.json = json;
        String base = config.responseBaseUrl().strip();
        this.endpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/api/letters/preview");
        this.timeout = config.previewTimeout();
        this.tokenLifetime = config.previewTokenLifetime();
        this.issuer = issuer;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Preview of(DecisionApprovedV2 decision, SecurityIdentity officer) {
        String token;
        try {
            String name = officer.getPrincipal().getName();
            token = Jwt.issuer(issuer).upn(name).subject(name).groups(Set.copyOf(officer.getRoles()))
                    .expiresAt(clock.instant().plus(tokenLifetime)).sign();
        } catch (RuntimeException e) {
            LOG.warnf("No letter preview: no key to sign a token with (%s)", e.toString());
            return Preview.notAvailable("this service has no key to sign in to response-service with");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(decision), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                LOG.warnf("No letter preview for %s: response-service answered %d", decision.reference(),
                        response.statusCode());
                return Preview.notAvailable("response-service answered with status " + response.statusCode());
            }
            Answer answer = json.readValue(response.body(), Answer.class);
            return new Preview(true, answer.html() == null ? "" : answer.html(), answer.blocked(),
                    answer.findings() == null ? List.of() : answer.findings(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Preview.notAvailable("the request to response-service was interrupted");
        } catch (IOException | RuntimeException e) {
            LOG.warnf("No letter preview for %s: %s", decision.reference(), e.toString());
            return Preview.notAvailable("response-service could not be reached");
        }
    }
}
