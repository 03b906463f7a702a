package org.foiplatform.intake.infrastructure.rest;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.foiplatform.intake.application.InvalidSubmissionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Turns errors into RFC 9457 problem details. No stack trace ever reaches the caller. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidSubmission(InvalidSubmissionException e) {
        return Problem.badRequest("Check the fields named below and send the request again.",
                e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList());
    }

    /** Declared for the subclass too, so that it wins over the framework's own plain-JSON mapper. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !isSyntaxError(e)) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Problem.badRequest("The request body is not valid JSON of the expected shape" + where + ".",
                List.of(new Problem.FieldError(field, "Send a JSON object like the example in the API description")));
    }

    /** Broken JSON (not merely the wrong shape) is a fault of the whole body, wherever the parser stopped. */
    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        Response original = e.getResponse();
        if (original.getStatus() == 400) {
            return Problem.badRequest("The request could not be read.",
                    List.of(new Problem.FieldError("body", "Send a JSON object like the example in the API description")));
        }
        return Response.status(original.getStatus()).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", original.getStatusInfo().getReasonPhrase(), original.getStatus(),
                        null, null))
                .build();
    }
}
