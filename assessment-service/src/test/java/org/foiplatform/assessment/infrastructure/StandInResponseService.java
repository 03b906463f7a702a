package org.foiplatform.assessment.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for response-service's {@code POST /api/letters/preview} (the JDK's HTTP server): a decision whose text
 * contains "BLOCK ME" gets a blocking finding; any other gets a letter and one warning. What it was sent, and the
 * Authorization header, are kept for the test to read. Also {@code GET} and {@code PUT /api/authority-profile}: the
 * profile kept in {@link #PROFILE}; a PUT without a name, or with an email address without "@", is refused (400 with
 * the field, as response-service's rules name it); the requests' Authorization headers are kept in
 * {@link #PROFILE_AUTHORIZATIONS}.
 */
public class StandInResponseService implements QuarkusTestResourceLifecycleManager {

    static final List<String> BODIES = new CopyOnWriteArrayList<>();
    static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    static final String FIRST_PROFILE = "{\"name\":\"Example City Council\",\"team\":\"Information Governance\","
            + "\"address\":\"Town Hall, High Street, Exampleton EX1 1AA\",\"website\":\"https://www.example.gov.uk\","
            + "\"email\":\"foi@example.gov.uk\",\"phone\":null,\"signature\":null,"
            + "\"logo\":\"data:image/png;base64,iVBORw0KGgo=\",\"licence\":\"Open Government Licence v3.0\","
            + "\"licenceUrl\":null,\"publicationScheme\":null,\"disclosureLog\":null}";
    static final java.util.concurrent.atomic.AtomicReference<String> PROFILE =
            new java.util.concurrent.atomic.AtomicReference<>(FIRST_PROFILE);
    static final List<String> PROFILE_AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/letters/preview", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            BODIES.add(body);
            AUTHORIZATIONS.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String answer = body.contains("BLOCK ME")
                    ? "{\"html\":\"<p>Dear Jane Citizen</p>\",\"blocked\":true,\"findings\":[{\"rule\":\"PERSONAL_DATA\","
                            + "\"severity\":\"BLOCKING\",\"question\":1,\"message\":\"The answer to question 1 seems to "
                            + "name a third party: take it out\"}]}"
                    : "{\"html\":\"<html><body><p>Dear Jane Citizen</p><p>Letter body</p></body></html>\","
                            + "\"blocked\":false,\"findings\":[{\"rule\":\"PLAIN_ENGLISH\",\"severity\":\"WARNING\","
                            + "\"question\":2,\"message\":\"Question 2's answer is long: <b>shorten</b> it\"}]}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/api/authority-profile", exchange -> {
            PROFILE_AUTHORIZATIONS.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            int status = 200;
            String answer = PROFILE.get();
            if ("PUT".equals(exchange.getRequestMethod())) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                com.fasterxml.jackson.databind.JsonNode sent = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(body);
                if (sent.path("name").isNull() || sent.path("name").asText().isBlank()) {
                    status = 400;
                    answer = "{\"status\":400,\"errors\":[{\"field\":\"name\",\"reason\":\"is required\"}]}";
                } else if (!sent.path("email").asText().contains("@")) {
                    status = 400;
                    answer = "{\"status\":400,\"errors\":[{\"field\":\"email\",\"reason\":\"must be an email "
                            + "address\"}]}";
                } else {
                    PROFILE.set(body);
                    answer = body;
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json"
                    : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("foi.assessment.response-base-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
