package org.foiplatform.intake.infrastructure.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details document. {@code errors} names each field at fault and how to put it right. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }

    public static Response badRequest(String detail, List<FieldError> errors) {
        return Response.status(400).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", "Your request could not be accepted", 400, detail, errors))
                .build();
    }
}
