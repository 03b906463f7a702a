package org.foiplatform.messaging.http;

import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.messaging.PassingFaults;
import org.foiplatform.messaging.Stopping;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last word on every error of every service's HTTP API that the service's own mappers do not answer, so
 * that every error is RFC 9457 problem+json and no stack trace reaches the caller:
 * <ul>
 * <li>the database away for a while (or the service stopping): {@code 503} with {@code Retry-After}, so that
 * the caller knows nothing was accepted and when to try again;</li>
 * <li>a refusal the framework made ({@code 404}, {@code 405}, {@code 415}...): that status as a problem;</li>
 * <li>anything else: {@code 500} with only an error id, the same id logged with the stack trace.</li>
 * </ul>
 */
public class ProblemFallback {

    private static final Logger LOG = Logger.getLogger(ProblemFallback.class);
    /** Seconds a caller should wait before trying again while the database is away. */
    static final String RETRY_AFTER_SECONDS = "10";

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            return problem(Problem.of(status, known == null ? "Request refused" : known.getReasonPhrase(),
                    "See the API description."));
        }
        if (PassingFaults.isPassing(e) || e instanceof Stopping.StoppingException) {
            LOG.warnf("Answered 503: the service cannot reach its database for now (%s)", e.toString());
            return Response.fromResponse(problem(Problem.of(503, "The service is unavailable for a moment",
                    "Nothing was saved. Try again in " + RETRY_AFTER_SECONDS + " seconds.")))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Error %s", errorId);
        return problem(Problem.of(500, "Something went wrong", "Error id " + errorId + ". Try again later; if it "
                + "keeps happening, give this id to the service desk."));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
