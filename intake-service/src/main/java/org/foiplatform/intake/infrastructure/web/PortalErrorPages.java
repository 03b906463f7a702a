package org.foiplatform.intake.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.foiplatform.intake.application.IntakeConfig;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The portal's own pages for "not found" and "try again later", so a person never sees a JSON problem. */
@ApplicationScoped
public class PortalErrorPages {

    private final Template notFound;
    private final Template unavailable;
    private final Template tooLarge;
    private final Template tooMany;
    private final String authority;

    public PortalErrorPages(@Location("portal/notFound.html") Template notFound,
            @Location("portal/unavailable.html") Template unavailable, @Location("portal/tooLarge.html") Template tooLarge,
            @Location("portal/tooMany.html") Template tooMany, IntakeConfig config) {
        this.tooMany = tooMany;
        this.notFound = notFound;
        this.unavailable = unavailable;
        this.tooLarge = tooLarge;
        this.authority = config.authorityName();
    }

    /** The same page for an unknown reference and a wrong token, so that references cannot be probed. */
    public Response notFound() {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                .entity(notFound.data("authority", authority).render()).build();
    }

    /** The letter cannot be fetched from response-service for now. */
    public Response unavailable(String backLink) {
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE).header("Retry-After", "60")
                .entity(unavailable.data("authority", authority).data("backLink", backLink).data("letter", true)
                        .data("errorId", null).render()).build();
    }

    /** The database cannot be reached for now: nothing was saved, try again. */
    public Response serviceUnavailable(String retryAfterSeconds) {
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE).header("Retry-After", retryAfterSeconds)
                .entity(unavailable.data("authority", authority).data("backLink", null).data("letter", false)
                        .data("errorId", null).render()).build();
    }

    /** Something unexpected: only the error id, which is logged with the cause. */
    public Response failed(String errorId) {
        return Response.status(500).type(MediaType.TEXT_HTML_TYPE)
                .entity(unavailable.data("authority", authority).data("backLink", null).data("letter", false)
                        .data("errorId", errorId).render()).build();
    }

    /** Too many requests from one address: 429, with when to try again. */
    public Response tooMany(long seconds) {
        return Response.status(429).type(MediaType.TEXT_HTML_TYPE).header("Retry-After", seconds)
                .entity(tooMany.data("authority", authority).data("seconds", seconds).data("perHour", null)
                        .data("minutes", 0).render()).build();
    }

    /** Too many requests from one email address in an hour: 429, with when to try again (in minutes, rounded up). */
    public Response tooManyFromEmail(long seconds, int perHour) {
        return Response.status(429).type(MediaType.TEXT_HTML_TYPE).header("Retry-After", seconds)
                .entity(tooMany.data("authority", authority).data("seconds", seconds).data("perHour", perHour)
                        .data("minutes", (seconds + 59) / 60).render()).build();
    }

    /** The page for a body over the limit; the limit in words, such as "64 KB". */
    public String tooLargeHtml(String limit) {
        return tooLarge.data("authority", authority).data("limit", limit).render();
    }
}
