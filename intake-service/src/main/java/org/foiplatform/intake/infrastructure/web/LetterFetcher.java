package org.foiplatform.intake.infrastructure.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.intake.application.IntakeConfig;
import org.jboss.logging.Logger;

/**
 * Fetches the requester's letter from response-service ({@code GET /api/requester/responses/{reference}/letter.*}
 * with the {@code Tracking-Token} header), because a link in a browser cannot send a header. The token is passed on,
 * never logged.
 */
@ApplicationScoped
public class LetterFetcher {

    private static final Logger LOG = Logger.getLogger(LetterFetcher.class);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public LetterFetcher(IntakeConfig config) {
        String url = config.responseBaseUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The letter, or what went wrong: {@code NOT_FOUND} (no letter for this token) or {@code UNAVAILABLE}. */
    public sealed interface Fetched {
        record Letter(String mediaType, byte[] body) implements Fetched {
        }

        record NotFound() implements Fetched {
        }

        record Unavailable() implements Fetched {
        }
    }

    public Fetched fetch(String reference, String format, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/requester/responses/"
                + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "/letter." + format))
                .timeout(Duration.ofSeconds(15)).header("Tracking-Token", token).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                Optional<String> type = response.headers().firstValue("Content-Type");
                return new Fetched.Letter(type.orElse("application/octet-stream"), response.body());
            }
            if (response.statusCode() == 404) {
                return new Fetched.NotFound();
            }
            LOG.warnf("response-service answered %d for the letter of %s", response.statusCode(), reference);
            return new Fetched.Unavailable();
        } catch (IOException e) {
            LOG.warnf("response-service could not be reached for the letter of %s: %s", reference, e.toString());
            return new Fetched.Unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched.Unavailable();
        }
    }
}
