package org.foiplatform.intake.infrastructure.rest;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.foiplatform.contracts.http.Problem;
import org.foiplatform.intake.application.IdempotencyKeyTakenException;
import org.foiplatform.intake.application.Receipt;
import org.foiplatform.intake.application.SubmitRequest;
import org.foiplatform.intake.domain.Submission;

@Path("/api/requests")
public class RequestResource {

    private final SubmitRequest submitRequest;

    public RequestResource(SubmitRequest submitRequest) {
        this.submitRequest = submitRequest;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a request for information",
            description = "Stores the request and answers 201 with its reference. The reply goes by email unless "
                    + "requester.replyBy is POST, which needs requester.postalAddress (FOIA s.8(1)(b)). Text is read "
                    + "in Unicode NFC and counted in characters. Bad input answers 400 with application/problem+json "
                    + "naming each field at fault (also for JSON with a key twice, NUL or half a character), and "
                    + "stores nothing.")
    @APIResponse(responseCode = "201", description = "Stored; Idempotent-Replayed: true when the key was seen before "
            + "with the same request")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, or the JSON cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "The body is over 64 KB", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent before with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "More requests a minute from this client address, or an hour from "
            + "this email address (requester.email), than are taken: nothing stored; try again after Retry-After "
            + "seconds", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "The database cannot be reached: nothing stored; try again after "
            + "Retry-After seconds with the same Idempotency-Key", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(
            @Parameter(description = "Any unique string of up to 255 characters; sending the same key again with "
                    + "the same request returns the first answer and creates nothing new; with another request, 422") @HeaderParam("Idempotency-Key") String idempotencyKey,
            SubmitRequestBody body) {
        Submission submission = body == null ? new Submission(null, null, null, null)
                : new Submission(
                        body.requester() == null ? null : body.requester().name(),
                        body.requester() == null ? null : body.requester().email(),
                        body.questions() == null ? null
                                : body.questions().stream().map(q -> q == null ? null : q.text()).toList(),
                        body.regime(),
                        body.requester() == null ? null : body.requester().organisation(),
                        body.title(), body.preferredFormat(), body.consentToPublish(),
                        body.requester() == null ? null : body.requester().replyBy(),
                        body.requester() == null ? null : body.requester().postalAddress());
        Optional<String> key = Optional.ofNullable(idempotencyKey).map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent() && key.get().length() > 255) {
            return ProblemMappers.problem(Problem.invalid(ProblemMappers.TITLE, "The Idempotency-Key header is too long.",
                    List.of(new Problem.FieldError("Idempotency-Key", "Use 255 characters or fewer"))));
        }
        Receipt receipt;
        try {
            receipt = submitRequest.submit(submission, key);
        } catch (IdempotencyKeyTakenException e) {
            // A concurrent submission with the same key won: answer with its receipt.
            receipt = submitRequest.submit(submission, key);
        }
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .entity(new ReceiptBody(receipt.reference().value(), receipt.receivedAt(), "RECEIVED",
                        receipt.trackingToken(), receipt.trackingToken() == null ? null
                                : TrackingLinks.page(receipt.reference().value(), receipt.trackingToken())));
        if (receipt.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
