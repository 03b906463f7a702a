package org.foiplatform.assessment.infrastructure.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.CaseNotFoundException;
import org.foiplatform.assessment.domain.IllegalTransitionException;
import org.foiplatform.assessment.domain.InvalidDecisionException;
import org.foiplatform.contracts.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns errors into RFC 9457 problem details. No stack trace ever reaches the caller. */
public class ProblemMappers {

    private static final String INVALID = "The decision could not be recorded";

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
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
    public Response mismatchedJson(MismatchedInputException e) {
        return problem(Problem.unreadable(INVALID, e));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return problem(Problem.unreadable(INVALID, e));
    }
}
