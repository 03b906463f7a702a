package org.foiplatform.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Submissions for intake-service's {@code POST /api/requests}: each with its own requester address
 * ({@code bench+<run>-<tag>-<n>@bench.example.org}) and its own Idempotency-Key, so that every one is a new request
 * and every acknowledgement email can be found by its address.
 */
final class IntakeRequests implements OpenLoop.RequestSource {

    static final String DOMAIN = "bench.example.org";

    private final URI uri;
    private final String runId;
    private final String tag;

    IntakeRequests(String baseUrl, String runId, String tag) {
        this.uri = URI.create(baseUrl + "/api/requests");
        this.runId = runId;
        this.tag = tag;
    }

    String email(int i) {
        return "bench+" + runId + "-" + tag + "-" + i + "@" + DOMAIN;
    }

    String idempotencyKey(int i) {
        return "bench-" + runId + "-" + tag + "-" + i;
    }

    static String body(String email, int i) {
        return "{\"requester\":{\"name\":\"Bench Requester " + i + "\",\"email\":\"" + email + "\"},"
                + "\"questions\":[{\"text\":\"How many benches did the council install in its parks in 2025?\"},"
                + "{\"text\":\"How much did the council spend on maintaining them?\"}]}";
    }

    @Override
    public HttpRequest request(int i) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey(i))
                .POST(HttpRequest.BodyPublishers.ofString(body(email(i), i)))
                .build();
    }

    /** The reference from a 201 answer's body, or null. */
    static String reference(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            JsonNode reference = node.path("reference");
            return reference.isTextual() ? reference.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
