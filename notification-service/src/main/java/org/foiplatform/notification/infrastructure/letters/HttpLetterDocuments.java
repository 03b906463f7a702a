package org.foiplatform.notification.infrastructure.letters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.LetterDocuments;
import org.foiplatform.notification.application.NotificationConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Fetches letters from response-service's internal letters API with the JDK's HTTP client: {@code GET
 * <foi.notification.letters.base-url><path>} with HTTP Basic as the mailer, waiting at most
 * {@code foi.notification.letters.timeout} for the whole exchange. Made at start-up, so that a base URL that is not an http(s) address
 * stops the service at once rather than at the first letter.
 *
 * <p>What may pass, and so is tried again until the message's retry horizon: no connection, a timeout, a 5xx, 408
 * and 429; a 404, because response-service publishes the event from its outbox after the letter commits, so an
 * unknown letter is a restore, a failover to a replica that is behind, or a deployment in progress, all of which
 * pass, and giving up would lose the requester's answer; 401 and 403, the mailer's credentials refused, which is a
 * misconfiguration an operator puts right (the password rotated on one side only) and logged as an error so that
 * someone does. What is permanent: any other 4xx, a redirect (the letters API never redirects, and the password is
 * not followed elsewhere), a body larger than the event said, and a path that would leave the base URL.
 */
@ApplicationScoped
@Startup
public class HttpLetterDocuments implements LetterDocuments {

    private static final Logger LOG = Logger.getLogger(HttpLetterDocuments.class);

    private final HttpClient client;
    private final String baseUrl;
    private final URI base;
    private final Optional<String> authorization;
    private final Duration timeout;

    public HttpLetterDocuments(NotificationConfig config) {
        NotificationConfig.Letters letters = config.letters();
        this.baseUrl = letters.baseUrl().replaceAll("/+$", "");
        this.base = baseUri(baseUrl);
        this.timeout = letters.timeout();
        this.authorization = letters.password().filter(password -> !password.isBlank())
                .map(password -> "Basic " + Base64.getEncoder().encodeToString(
                        (letters.username() + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (authorization.isEmpty()) {
            LOG.warnf("foi.notification.letters.password (FOI_MAILER_PASSWORD) is not set: response letters cannot "
                    + "be fetched from %s, and their emails will wait until it is", baseUrl);
        }
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static URI baseUri(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("foi.notification.letters.base-url is not an address: " + baseUrl, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("foi.notification.letters.base-url must be an http or https address "
                    + "such as http://127.0.0.1:8083, not " + baseUrl);
        }
        return uri;
    }

    @Override
    public Fetched fetch(String path, long expectedBytes) {
        URI uri = resolve(path);
        if (authorization.isEmpty()) {
            throw new Unavailable("foi.notification.letters.password (FOI_MAILER_PASSWORD) is not set, so " + uri
                    + " cannot be asked", false, null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                .header("Authorization", authorization.get())
                .build();
        // One deadline for the whole exchange, the body included: the client's own request timeout ends when the
        // headers arrive, and a server that stalls mid-body would otherwise hold a sender (and the row's lock).
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> bodyOf(info,
                expectedBytes));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new Unavailable("GET " + uri + " took longer than " + timeout.toSeconds() + " s", false, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new Unavailable("GET " + uri + " failed: " + describe(cause), false, cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unavailable("GET " + uri + " was interrupted", false, e);
        }
        int status = response.statusCode();
        if (status != 200) {
            throw refused(uri, status);
        }
        if (response.body() == null || response.body().length > expectedBytes) {
            throw new Unavailable("GET " + uri + " answered with more than the " + expectedBytes
                    + " bytes the event gave", true, null);
        }
        return new Fetched(response.body(), response.headers().firstValue("Content-Type").orElse(null));
    }

    /**
     * The body of a 200 whose declared length is no more than expected; anything else is discarded unread (null), so
     * that a document other than the one the event described is not taken into memory.
     */
    private static HttpResponse.BodySubscriber<byte[]> bodyOf(HttpResponse.ResponseInfo info, long expectedBytes) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (info.statusCode() != 200 || declared > expectedBytes) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return HttpResponse.BodySubscribers.ofByteArray();
    }

    private URI resolve(String path) {
        // Appended, never resolved: the mailer's password goes only to the configured host.
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("..")
                || path.contains("#")) {
            throw new Unavailable("Not a path on response-service: " + path, true, null);
        }
        URI uri;
        try {
            uri = URI.create(baseUrl + path);
        } catch (IllegalArgumentException e) {
            throw new Unavailable("Not a path on response-service: " + path, true, e);
        }
        if (!base.getScheme().equals(uri.getScheme()) || !base.getHost().equals(uri.getHost())
                || base.getPort() != uri.getPort()) {
            throw new Unavailable("Not a path on response-service: " + path, true, null);
        }
        return uri;
    }

    static Unavailable refused(URI uri, int status) {
        String answer = "GET " + uri + " answered " + status;
        if (status == 401 || status == 403) {
            LOG.errorf("%s: response-service refused the mailer's credentials (foi.notification.letters.username "
                    + "and FOI_MAILER_PASSWORD); letters wait until they are put right", answer);
            return new Unavailable(answer + " (the mailer's credentials were refused)", false, null);
        }
        if (status == 404) {
            return new Unavailable(answer + " (response-service does not know the letter, yet)", false, null);
        }
        boolean passing = status >= 500 || status == 408 || status == 429;
        return new Unavailable(answer, !passing, null);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
