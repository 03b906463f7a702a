package org.foiplatform.assessment.infrastructure.rest;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.messaging.http.RateLimiter;
import org.foiplatform.contracts.http.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * A rate limit on the public side (the deadline calculator, API and page; the published statistics): each client address may make
 * {@code foi.assessment.public-requests-per-minute} requests a minute, refilled steadily; beyond that it gets
 * 429 with Retry-After. Behind a reverse proxy, set {@code quarkus.http.proxy.proxy-address-forwarding} so that
 * the address is the client's, not the proxy's. Officer endpoints are behind sign-in and not limited here.
 */
@ApplicationScoped
public class PublicRateLimit {

    /** The token bucket per client address (the messaging runtime's); null when the limit is off (0). */
    private final RateLimiter limiter;

    public PublicRateLimit(AssessmentConfig config) {
        int perMinute = config.publicRequestsPerMinute();
        this.limiter = perMinute > 0 ? new RateLimiter(perMinute, System::nanoTime) : null;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/calendar/deadline") && !path.startsWith("/calendar/deadline")
                && !path.startsWith("/statistics")) {
            return null;
        }
        if (limiter == null) {
            return null;
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        java.time.Duration wait = limiter.admit(address);
        if (wait.isZero()) {
            return null;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                .entity(Problem.of(429, "Too many requests", "Wait " + seconds + " seconds and try again.")).build();
    }
}
