package org.foiplatform.notification.infrastructure.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.notification.application.DeliveryLog;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns errors into RFC 9457 problem details. No stack trace ever reaches the caller. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response invalidReference(DeliveryLog.InvalidReferenceException e) {
        return problem(Problem.invalid("The delivery log could not be read", "Check the field named below.",
                List.of(new Problem.FieldError("reference", e.getMessage()))));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response notSignedIn() {
        return Response.fromResponse(problem(Problem.of(401, "Sign in first",
                "The delivery log is for officers: sign in with your officer account.")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"FOI\"").build();
    }

    @ServerExceptionMapper
    public Response notAllowed(ForbiddenException e) {
        return problem(Problem.of(403, "Not allowed", "Your account does not have the officer role."));
    }

    /** Whatever else went wrong: the caller gets an error id, the log gets the same id and the stack trace. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                Response.Status known = Response.Status.fromStatusCode(status);
                return problem(Problem.of(status, known == null ? "Request refused" : known.getReasonPhrase(),
                        "See the API description."));
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Error %s", errorId);
        return problem(Problem.of(500, "Something went wrong", "Error id " + errorId + ". Try again later; if it "
                + "keeps happening, give this id to the service desk."));
    }
}
