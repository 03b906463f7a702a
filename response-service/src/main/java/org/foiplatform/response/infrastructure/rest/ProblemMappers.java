package org.foiplatform.response.infrastructure.rest;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.response.application.InvalidInputException;
import org.foiplatform.response.application.ReadLetters;
import org.foiplatform.response.application.UnpublishEntry;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns errors into RFC 9457 problem details. No stack trace ever reaches the caller. */
public class ProblemMappers {

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return problem(Problem.invalid("Some of what you sent cannot be accepted", "Check each field named below: "
                + "nothing was saved.", e.problems().stream()
                        .map(p -> new Problem.FieldError(p.field(), p.problem())).toList()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return problem(Problem.unreadable("The request body could not be read", e));
    }

    @ServerExceptionMapper
    public Response invalidParameters(DisclosureLogResource.InvalidParametersException e) {
        return problem(Problem.invalid("Some parameters cannot be used", "Check the fields named below.",
                e.errors()));
    }

    @ServerExceptionMapper
    public Response notPublished(UnpublishEntry.NotPublishedException e) {
        return problem(Problem.of(404, "No such published response",
                "There is no published disclosure log entry with that reference."));
    }

    @ServerExceptionMapper
    public Response notFound(ReadLetters.NotFoundException e) {
        return problem(Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response notSignedIn() {
        return Response.fromResponse(problem(Problem.of(401, "Sign in first", "This is for officers: sign in at "
                + "assessment-service and send its token, or use HTTP Basic with the admin or a service account.")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"FOI\"").build();
    }

    @ServerExceptionMapper
    public Response notAllowed(ForbiddenException e) {
        return problem(Problem.of(403, "Not allowed", "Your account does not have a role that may do this."));
    }

    static Response badField(String field, String reason) {
        return problem(Problem.invalid("Some of what you sent cannot be accepted", "Check the field named below.",
                List.of(new Problem.FieldError(field, reason))));
    }

    // Anything else, the database away included, is answered by the messaging runtime's ProblemFallback.
}
