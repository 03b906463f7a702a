package org.foiplatform.assessment.infrastructure.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.AssessmentConfig;
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

    /** Addresses remembered at most; idle ones are forgotten first. */
    private static final int MOST_ADDRESSES = 10_000;

    private final double perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public PublicRateLimit(AssessmentConfig config) {
        this.perMinute = config.publicRequestsPerMinute();
    }

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/calendar/deadline") && !path.startsWith("/calendar/deadline")
                && !path.startsWith("/statistics")) {
            return null;
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        long now = System.nanoTime();
        if (buckets.size() > MOST_ADDRESSES) {
            buckets.entrySet().removeIf(e -> now - e.getValue().updatedNanos > 120_000_000_000L);
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedNanos) * perMinute / 60e9);
            bucket.updatedNanos = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return null;
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) * 60 / perMinute);
            return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", wait)
                    .entity(Problem.of(429, "Too many requests", "Wait " + wait + " seconds and try again.")).build();
        }
    }
}
