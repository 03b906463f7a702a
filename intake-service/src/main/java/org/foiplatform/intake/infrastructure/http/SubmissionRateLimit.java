package org.foiplatform.intake.infrastructure.http;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.intake.application.IntakeConfig;
import org.foiplatform.messaging.http.RateLimiter;
import org.foiplatform.intake.infrastructure.web.PortalErrorPages;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Each client address may send at most {@code foi.intake.submissions-per-minute} requests for information a minute,
 * through the API ({@code POST /api/requests}) and the portal ("Send request", {@code POST /requests}) together,
 * refilled steadily; beyond that it gets 429 with {@code Retry-After}: problem+json on the API, the portal's page on
 * the portal. Nothing else is limited here (the form's own posts store nothing; the tracking token is 256 bits).
 * Behind a reverse proxy set {@code quarkus.http.proxy.proxy-address-forwarding=true} and
 * {@code quarkus.http.proxy.trusted-proxies}, so that the address counted is the client's, not the proxy's, and a
 * client cannot name its own. 0 turns the limit off.
 */
@ApplicationScoped
public class SubmissionRateLimit {

    private static final Logger LOG = Logger.getLogger(SubmissionRateLimit.class);

    private final RateLimiter limiter;
    private final int perMinute;
    private final PortalErrorPages pages;

    public SubmissionRateLimit(IntakeConfig config, PortalErrorPages pages) {
        this.perMinute = config.submissionsPerMinute();
        this.limiter = perMinute > 0 ? new RateLimiter(perMinute, System::nanoTime) : null;
        this.pages = pages;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (limiter == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        boolean api = path.equals("/api/requests");
        if (!api && !path.equals("/requests")) {
            return null;
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        Duration wait = limiter.admit(address);
        if (wait.isZero()) {
            return null;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        LOG.warnf("Refused a request for information from %s: more than %d a minute", address, perMinute);
        if (api) {
            return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                    .entity(Problem.of(429, "Too many requests", "More than " + perMinute + " requests a minute came "
                            + "from your address. Nothing was stored. Wait " + seconds + " seconds and try again."))
                    .build();
        }
        return pages.tooMany(seconds);
    }
}
