package org.foiplatform.notification.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for response-service's internal letters API (another service, so not started here): {@code GET
 * /api/letters/{letterId}/letter.{html,txt,pdf}} with HTTP Basic as {@code mailer}, answering 200 with the bytes and
 * their media type, 401 to wrong credentials and 404 to an unknown letter, as response-service does. A test registers
 * each letter's documents, and can make a letter's documents answer another status for a while, or require another
 * password (as if it had been rotated on response-service's side only). It notes each request, so that a test can
 * count the attempts.
 */
public class LetterServer implements QuarkusTestResourceLifecycleManager {

    static final String USERNAME = "mailer";
    /** The password the %test profile gives the service. */
    static final String PASSWORD = "test-mailer-pw";
    private static final Pattern PATH = Pattern.compile("/api/letters/([0-9a-f-]{36})/letter\\.(html|txt|pdf)");

    private static final Map<String, Served> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<UUID, Integer> STATUS = new ConcurrentHashMap<>();
    private static final Map<UUID, String> PASSWORDS = new ConcurrentHashMap<>();
    /** Every request, as "METHOD path user status". */
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    private record Served(byte[] content, String mediaType) {
    }

    private HttpServer server;

    /** Serves {@code content} at {@code path}. */
    static void serve(String path, byte[] content, String mediaType) {
        DOCUMENTS.put(path, new Served(content, mediaType));
    }

    /** Every document of the letter answers {@code status} (with no body) until {@link #recover}. */
    static void failWith(UUID letterId, int status) {
        STATUS.put(letterId, status);
    }

    static void recover(UUID letterId) {
        STATUS.remove(letterId);
    }

    /** The letter's documents need this password instead of the service's, until {@link #acceptUsualPassword}. */
    static void requirePassword(UUID letterId, String password) {
        PASSWORDS.put(letterId, password);
    }

    static void acceptUsualPassword(UUID letterId) {
        PASSWORDS.remove(letterId);
    }

    static long requestsFor(UUID letterId) {
        return REQUESTS.stream().filter(request -> request.contains(letterId.toString())).count();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return Map.of("foi.notification.letters.base-url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String user = user(exchange);
            Matcher matcher = PATH.matcher(path);
            int status;
            Served served = null;
            if (!"GET".equals(exchange.getRequestMethod())) {
                status = 405;
            } else if (!matcher.matches()) {
                status = 404;
            } else {
                UUID letterId = UUID.fromString(matcher.group(1));
                String password = PASSWORDS.getOrDefault(letterId, PASSWORD);
                if (!(USERNAME + ":" + password).equals(user)) {
                    status = 401;
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"FOI\"");
                } else if (STATUS.containsKey(letterId)) {
                    status = STATUS.get(letterId);
                } else {
                    served = DOCUMENTS.get(path);
                    status = served == null ? 404 : 200;
                }
            }
            REQUESTS.add(exchange.getRequestMethod() + " " + path + " " + (user == null ? "-" : user.split(":")[0])
                    + " " + status);
            if (served == null) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", served.mediaType());
            exchange.sendResponseHeaders(200, served.content().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(served.content());
            }
        }
    }

    /** "user:password" from a Basic Authorization header, or null. */
    private static String user(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
