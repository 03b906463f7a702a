package org.foiplatform.intake.infrastructure.rest;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.intake.application.IdempotencyKeyReusedException;
import org.foiplatform.intake.application.InvalidSubmissionException;
import org.foiplatform.intake.application.TooManyFromOneEmailException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns errors into RFC 9457 problem details. No stack trace ever reaches the caller. */
public class ProblemMappers {

    static final String TITLE = "Your request could not be accepted";

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** draft-ietf-httpapi-idempotency-key-header s.2.7: a key reused with another request answers 422. */
    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReusedException e) {
        return problem(new Problem("about:blank", "Idempotency key already used", 422,
                "This Idempotency-Key was sent before with a different request. Nothing was stored. Send a new "
                        + "request with a new key, or this request again with its first body.",
                List.of(new Problem.FieldError("Idempotency-Key", "Use a new key for a new request"))));
    }

    /** More than foi.intake.submissions-per-email-per-hour from one email address: 429 with Retry-After. */
    @ServerExceptionMapper
    public Response tooManyFromOneEmail(TooManyFromOneEmailException e) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(new Problem("about:blank", "Too many requests", 429, "More than " + e.perHour()
                        + " requests an hour came from this email address. Nothing was stored. Wait "
                        + e.retryAfterSeconds() + " seconds and try again.",
                        List.of(new Problem.FieldError("requester.email",
                                "Send no more than " + e.perHour() + " requests an hour from one email address"))))
                .build();
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
        if (e instanceof StrictJson.UnreadableText text) {
            String field = text.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            return problem(Problem.invalid(TITLE, "Check the field named below and send the request again.",
                    List.of(new Problem.FieldError(field.isEmpty() ? "body" : field.substring(1),
                            "Remove the NUL characters and the halves of characters (unpaired surrogates)"))));
        }
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return problem(Problem.invalid(TITLE, "The request body names a field twice.",
                    List.of(new Problem.FieldError(duplicate, "Send this field once"))));
        }
        return problem(Problem.unreadable(TITLE, e));
    }

    /** The field a JSON object named twice (as {@code requester.name}), or null if that is not the fault. */
    static String duplicateField(JsonProcessingException e) {
        StreamReadException read = null;
        for (Throwable t = e; t != null && read == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException found) {
                read = found;
            }
        }
        String message = read == null ? null : read.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate field '")) {
            return null;
        }
        String name = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
        StringBuilder field = new StringBuilder();
        JsonParser parser = read.getProcessor();
        if (parser != null && parser.getParsingContext() != null && parser.getParsingContext().getParent() != null) {
            for (String segment : parser.getParsingContext().getParent().pathAsPointer().toString().split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                field.append(segment.chars().allMatch(Character::isDigit) ? "[" + segment + "]" : "." + segment);
            }
        }
        field.append('.').append(name);
        return field.substring(1);
    }

    /**
     * No credentials for the admin API (HTTP Basic): 401 with the challenge, as a problem. A wrong password is found
     * before the REST layer: messaging-runtime's {@code BasicSignInFailures} answers it the same way.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorised(RuntimeException e) {
        return Response.fromResponse(problem(Problem.of(401, "Sign-in needed",
                "Sign in with HTTP Basic as an account allowed to use this API.")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"FOI\", charset=\"UTF-8\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.of(403, "Not allowed", "This account may not use this API."));
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
