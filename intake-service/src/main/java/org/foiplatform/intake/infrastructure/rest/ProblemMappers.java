package org.foiplatform.intake.infrastructure.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.intake.application.InvalidSubmissionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns errors into RFC 9457 problem details. No stack trace ever reaches the caller. */
public class ProblemMappers {

    static final String TITLE = "Your request could not be accepted";

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response invalidSubmission(InvalidSubmissionException e) {
        return problem(Problem.invalid(TITLE, "Check the fields named below and send the request again.",
                e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList()));
    }

    /** Declared for the subclass too, so that it wins over the framework's own plain-JSON mapper. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return problem(Problem.unreadable(TITLE, e));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status == 400) {
            return problem(Problem.invalid(TITLE, "The request could not be read.",
                    List.of(new Problem.FieldError("body", "Send a JSON object like the example in the API description"))));
        }
        return problem(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), null));
    }
}
