package org.foiplatform.response.infrastructure.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.response.application.UnpublishEntry;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns response-service's errors into RFC 9457 problem details, with the shared {@link Problem}. Anything else,
 * the database away included, is answered by the messaging runtime's {@code ProblemFallback}.
 */
public class ProblemMappers {

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response invalid(DisclosureLogResource.InvalidParametersException e) {
        return problem(Problem.invalid("Some parameters cannot be used", "Check the fields named below.",
                e.errors()));
    }

    @ServerExceptionMapper
    public Response notPublished(UnpublishEntry.NotPublishedException e) {
        return problem(Problem.of(404, "No such published response",
                "There is no published disclosure log entry with that reference."));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response notSignedIn() {
        return Response.fromResponse(problem(Problem.of(401, "Sign in first",
                "Taking an entry down is for admins: sign in with the admin account or an admin's token.")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"FOI\"").build();
    }

    @ServerExceptionMapper
    public Response notAllowed(ForbiddenException e) {
        return problem(Problem.of(403, "Not allowed", "Your account does not have the admin role."));
    }
}
