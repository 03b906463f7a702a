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
 * Authorization header, are kept for the test to read.
 */
public class StandInResponseService implements QuarkusTestResourceLifecycleManager {

    static final List<String> BODIES = new CopyOnWriteArrayList<>();
    static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
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
