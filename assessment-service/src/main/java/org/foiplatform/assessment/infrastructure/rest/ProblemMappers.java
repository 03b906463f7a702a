package org.foiplatform.assessment.infrastructure.rest;

import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.CaseNotFoundException;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.domain.CalendarNotCoveredException;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.InvalidClockActionException;
import org.foiplatform.assessment.infrastructure.calendar.BankHolidayFiles;
import org.foiplatform.assessment.domain.IllegalTransitionException;
import org.foiplatform.assessment.domain.InvalidDecisionException;
import org.foiplatform.assessment.domain.FourEyesException;
import org.foiplatform.contracts.http.Problem;
import org.foiplatform.messaging.http.BasicSignInFailures;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns errors into RFC 9457 problem details. No stack trace ever reaches the caller. */
public class ProblemMappers {


    private static final String INVALID = "The decision could not be recorded";

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private final BasicSignInFailures basic;

    public ProblemMappers(BasicSignInFailures basic) {
        this.basic = basic;
    }

    /**
     * Not signed in. The API answers 401 with the HTTP Basic challenge as a problem (a wrong password is answered the
     * same way before the REST layer, by {@link BasicSignInFailures}); a dashboard page gets its sign-in mechanism's
     * challenge: the sign-in form, or the council's single sign-on provider.
     */
    @ServerExceptionMapper
    public Uni<Response> unauthorised(UnauthorizedException e, RoutingContext routing) {
        if (isApi(routing)) {
            return Uni.createFrom().item(Response.fromResponse(problem(Problem.of(401, "Sign-in needed",
                    "Sign in with HTTP Basic as an account allowed to use this API.")))
                    .header(HttpHeaders.WWW_AUTHENTICATE, basic.challenge()).build());
        }
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(Response.status(401).build());
        }
        return authenticator.getChallenge(routing).map(challenge -> {
            if (challenge == null) {
                return Response.status(401).build();
            }
            Response.ResponseBuilder response = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        });
    }

    /** Signed in without the role an API endpoint needs. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.of(403, "Not allowed", "This account does not hold the role this needs."));
    }

    private static boolean isApi(RoutingContext routing) {
        String path = routing.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    @ServerExceptionMapper
    public Response notFound(CaseNotFoundException e) {
        return problem(Problem.of(404, "No such case", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return problem(Problem.of(409, "Not allowed at this stage of the case", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response noAccount(org.foiplatform.assessment.application.ManageAccounts.AccountNotFoundException e) {
        return problem(Problem.of(404, "No such account", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response noSigningKey(TokenResource.TokensNotConfiguredException e) {
        return problem(Problem.of(503, "Tokens are not available", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response fourEyes(FourEyesException e) {
        return problem(Problem.of(403, "A second officer must do this", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return problem(Problem.of(409, "Someone else changed this case at the same time",
                "Reload the case and try again."));
    }

    @ServerExceptionMapper
    public Response invalidDecision(InvalidDecisionException e) {
        return problem(Problem.invalid(INVALID, "Check the fields named below and send the decision again.",
                e.problems().stream().map(p -> new Problem.FieldError(p.field(), p.reason())).toList()));
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return problem(Problem.invalid(e.title(), "Check the fields named below and try again.", fields(e.problems())));
    }

    @ServerExceptionMapper
    public Response invalidClockAction(InvalidClockActionException e) {
        return problem(Problem.invalid("The clock could not be changed", "Check the fields named below and try again.",
                fields(e.problems())));
    }

    @ServerExceptionMapper
    public Response calendarNotCovered(CalendarNotCoveredException e) {
        return problem(Problem.of(409, "The bank-holiday calendar does not cover this date", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response badCalendarFile(BankHolidayFiles.BadFileException e) {
        return problem(Problem.invalid("The bank-holiday file could not be used",
                "Send gov.uk's bank-holidays.json; the places named below are wrong.", fields(e.problems())));
    }

    // Anything else, the database away included, is answered by the messaging runtime's ProblemFallback.

    private static List<Problem.FieldError> fields(List<DecisionProblem> problems) {
        return problems.stream().map(p -> new Problem.FieldError(p.field(), p.reason())).toList();
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return problem(Problem.unreadable(INVALID, e));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return problem(Problem.unreadable(INVALID, e));
    }
}
