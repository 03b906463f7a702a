package org.foiplatform.notification.infrastructure.rest;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.notification.application.DeliveryLog;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns errors into RFC 9457 problem details. No stack trace ever reaches the caller. */
public class ProblemMappers {


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

    // Anything else, the database away included, is answered by the messaging runtime's ProblemFallback.

}
