package org.foiplatform.assessment.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * A stand-in for a council's OpenID Connect provider (the JDK's HTTP server): discovery, its signing key (JWKS), the
 * authorisation endpoint (which signs in whoever the test named in {@link #signInAs}, with no page) and the token
 * endpoint, which checks the client's secret, the code, the redirect URI and the PKCE verifier as a real provider
 * does, and answers an ID token signed with RS256. It turns single sign-on on for the test's service.
 */
public class StandInOidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "foi-dashboard";
    static final String CLIENT_SECRET = "stand-in-client-secret-of-at-least-32-characters";
    /** The email address the next sign-in vouches for. */
    static volatile String signInAs = "nobody@council.example";
    /** Each token request the provider refused, and why. */
    static final List<String> REFUSED = new CopyOnWriteArrayList<>();

    private record Grant(String redirectUri, String nonce, String challenge, String email) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private HttpServer server;
    private KeyPair keys;
    private String issuer;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/idp";
        server.createContext("/idp/.well-known/openid-configuration", exchange -> json(exchange, 200, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"],
                 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
                 "code_challenge_methods_supported": ["S256"]}""".formatted(issuer)));
        server.createContext("/idp/jwks", exchange -> {
            RSAPublicKey key = (RSAPublicKey) keys.getPublic();
            json(exchange, 200, "{\"keys\": [{\"kty\": \"RSA\", \"use\": \"sig\", \"alg\": \"RS256\", \"kid\": \"stand-in\","
                    + " \"n\": \"" + base64(key.getModulus()) + "\", \"e\": \"" + base64(key.getPublicExponent()) + "\"}]}");
        });
        server.createContext("/idp/authorize", this::authorise);
        server.createContext("/idp/token", this::token);
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.auth-server-url", issuer);
        config.put("quarkus.oidc.client-id", CLIENT_ID);
        config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        config.put("quarkus.http.auth.permission.dashboard.auth-mechanism", "code");
        return config;
    }

    /** Signs in {@link #signInAs} at once and sends the browser back with a code. */
    private void authorise(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type")) || !CLIENT_ID.equals(query.get("client_id"))
                || query.get("redirect_uri") == null || !"S256".equals(query.get("code_challenge_method"))) {
            json(exchange, 400, "{\"error\": \"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(query.get("redirect_uri"), query.get("nonce"), query.get("code_challenge"), signInAs));
        String back = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(form.get("code")));
        String refused = !basic.equals(exchange.getRequestHeaders().getFirst("Authorization")) ? "client authentication"
                : !"authorization_code".equals(form.get("grant_type")) ? "grant type"
                : grant == null ? "unknown or reused code"
                : !grant.redirectUri().equals(form.get("redirect_uri")) ? "redirect URI"
                : !challenge(form.get("code_verifier")).equals(grant.challenge()) ? "PKCE verifier" : null;
        if (refused != null) {
            REFUSED.add(refused);
            json(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        var idToken = Jwt.issuer(issuer).audience(CLIENT_ID).subject("sub-" + grant.email()).claim("email", grant.email())
                .expiresIn(300);
        if (grant.nonce() != null) {
            idToken.claim("nonce", grant.nonce());
        }
        String signed = idToken.jws().keyId("stand-in").algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.getPrivate());
        json(exchange, 200, "{\"access_token\": \"" + UUID.randomUUID() + "\", \"token_type\": \"Bearer\", "
                + "\"expires_in\": 300, \"id_token\": \"" + signed + "\"}");
    }

    private static String challenge(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
