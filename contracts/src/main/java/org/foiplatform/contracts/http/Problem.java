package org.foiplatform.contracts.http;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * An RFC 9457 problem details document, the error body of every service's HTTP API.
 * {@code errors} names each field at fault and says how to put it right.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem invalid(String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, 400, detail, List.copyOf(errors));
    }

    /**
     * The problem for a body Jackson could not read. Broken JSON is a fault of the whole body
     * ({@code body}); JSON of the wrong shape names the field where it went wrong, e.g. {@code requester}.
     */
    public static Problem unreadable(String title, JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !isSyntaxError(e)) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return invalid(title, "The request body is not valid JSON of the expected shape" + where + ".",
                List.of(new FieldError(field, "Send a JSON object like the example in the API description")));
    }

    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }
}
