package org.foiplatform.assessment.infrastructure.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;

/**
 * The authority's profile that every letter is written with, which response-service keeps ({@code GET} and {@code PUT
 * /api/authority-profile}; its rules are response-service's own): read and replaced for the signed-in admin with a
 * short-lived token signed here, as {@link LetterPreviews} does. The logo is kept as it is (it is not on the page).
 */
@ApplicationScoped
public class AuthorityProfiles {

    private static final Logger LOG = Logger.getLogger(AuthorityProfiles.class);

    /** The profile's fields the page shows, in its order. */
    static final List<String> FIELDS = List.of("name", "team", "address", "website", "email", "phone", "signature",
            "licence", "licenceUrl", "publicationScheme", "disclosureLog");

    /** What response-service answered: the profile, the problems with it, or why there is no answer. */
    public record Answer(Map<String, String> profile, List<DecisionProblem> problems, String unavailable) {
        static Answer notAvailable(String why) {
            return new Answer(null, List.of(), why);
        }
    }

    private final ObjectMapper json;
    private final URI endpoint;
    private final Duration timeout;
    private final Duration tokenLifetime;
    private final String issuer;
    private final java.time.Clock clock;
    private final HttpClient http;

    public AuthorityProfiles(ObjectMapper json, AssessmentConfig config, java.time.Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "foi-platform") String issuer) {
        this.json = json;
        String base = config.responseBaseUrl().strip();
        this.endpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/api/authority-profile");
        this.timeout = config.previewTimeout();
        this.tokenLifetime = config.previewTokenLifetime();
        this.issuer = issuer;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Answer read(SecurityIdentity admin) {
        return call(admin, HttpRequest.newBuilder(endpoint).GET());
    }

    /** Replaces the profile with these fields, keeping the logo response-service has now. */
    public Answer replace(SecurityIdentity admin, Map<String, String> fields) {
        Answer current = read(admin);
        if (current.profile() == null) {
            return current;
        }
        ObjectNode body = json.createObjectNode();
        FIELDS.forEach(field -> body.put(field, blankToNull(fields.get(field))));
        body.put("logo", current.profile().get("logo"));
        try {
            return call(admin, HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer call(SecurityIdentity admin, HttpRequest.Builder request) {
        String token;
        try {
            String name = admin.getPrincipal().getName();
            token = Jwt.issuer(issuer).upn(name).subject(name).groups(Set.copyOf(admin.getRoles()))
                    .expiresAt(clock.instant().plus(tokenLifetime)).sign();
        } catch (RuntimeException e) {
            LOG.warnf("No authority profile: no key to sign a token with (%s)", e.toString());
            return Answer.notAvailable("this service has no key to sign in to response-service with");
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                Map<String, String> profile = new LinkedHashMap<>();
                JsonNode root = json.readTree(response.body());
                root.fields().forEachRemaining(f -> profile.put(f.getKey(), f.getValue().isNull() ? null
                        : f.getValue().asText()));
                return new Answer(profile, List.of(), null);
            }
            if (response.statusCode() == 400) {
                List<DecisionProblem> problems = new ArrayList<>();
                for (JsonNode error : json.readTree(response.body()).path("errors")) {
                    problems.add(new DecisionProblem(error.path("field").asText(), error.path("reason").asText()));
                }
                return new Answer(null, problems, null);
            }
            LOG.warnf("Authority profile: response-service answered %d", response.statusCode());
            return Answer.notAvailable("response-service answered with status " + response.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.notAvailable("the request to response-service was interrupted");
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Authority profile: %s", e.toString());
            return Answer.notAvailable("response-service could not be reached");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
