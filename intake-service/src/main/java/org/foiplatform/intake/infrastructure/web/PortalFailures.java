package org.foiplatform.intake.infrastructure.web;

import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.foiplatform.messaging.PassingFaults;
import org.foiplatform.messaging.http.ProblemFallback;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A person on a page never sees a JSON problem or a stack trace: while the database cannot be reached a page answers
 * the portal's "try again" page (503, {@code Retry-After}), and anything unexpected the portal's error page (500) with
 * only an error id, the same id logged with the cause. The API's answers stay the messaging runtime's
 * {@link ProblemFallback} (problem+json), to which this hands every failure under {@code /api/}.
 */
public class PortalFailures {

    private static final Logger LOG = Logger.getLogger(PortalFailures.class);
    /** As ProblemFallback's: seconds before trying again while the database is away. */
    static final String RETRY_AFTER_SECONDS = "10";

    private final PortalErrorPages pages;
    private final ProblemFallback api = new ProblemFallback();

    public PortalFailures(PortalErrorPages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response failed(Exception e, UriInfo uri) {
        if (uri.getPath().startsWith("/api/")) {
            return api.unexpected(e);
        }
        if (PassingFaults.isPassing(e)) {
            LOG.warnf("Answered a page with 503: the database cannot be reached for now (%s)", e.toString());
            return pages.serviceUnavailable(RETRY_AFTER_SECONDS);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Error %s", errorId);
        return pages.failed(errorId);
    }
}
