package org.foiplatform.intake.infrastructure.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.contracts.http.Problem;
import org.foiplatform.intake.application.RequesterAccess;
import org.foiplatform.intake.application.RequesterAccess.Outcome;
import org.foiplatform.intake.application.RequesterAccess.Tracked;

/**
 * The tracking view as JSON, and the requester's actions, for the holder of the tracking token, sent as
 * {@code Authorization: Bearer <token>}. A missing or wrong token answers 404, exactly as an unknown reference.
 */
@Path("/api/requests/{reference}")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    private final RequesterAccess access;

    public TrackingResource(RequesterAccess access) {
        this.access = access;
    }

    public record View(String reference, String title, java.time.Instant receivedAt, String status, String statusText,
            LocalDate dueDate, LocalDate reviewBy, String clarificationQuestion, Letter letter, List<String> actions,
            List<Entry> timeline, String replyBy, String postalAddress) {
    }

    public record Letter(String pdf, String html, String text) {
    }

    public record Entry(LocalDate on, String kind, String text) {
    }

    public record ClarificationBody(String text) {
    }

    public record WithdrawalBody(String reason) {
    }

    public record ReviewBody(String grounds) {
    }

    @GET
    @Operation(summary = "Follow a request", description = "The status in plain words, the due date, the timeline and "
            + "the actions that fit the status. Needs Authorization: Bearer <tracking token>; a wrong or missing token "
            + "answers 404, as an unknown reference does.")
    public Response view(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        String token = bearer(auth);
        Optional<Tracked> tracked = access.open(reference, token);
        return tracked.map(t -> Response.ok(view(t, token)).build()).orElseGet(TrackingResource::notFound);
    }

    @POST
    @Path("clarification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the authority's request for clarification (FOIA s.1(3))")
    public Response clarify(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            ClarificationBody body) {
        String token = bearer(auth);
        return answer(reference, token, access.clarify(reference, token, body == null ? null : body.text()));
    }

    @POST
    @Path("withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the request")
    public Response withdraw(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            WithdrawalBody body) {
        String token = bearer(auth);
        return answer(reference, token, access.withdraw(reference, token, body == null ? null : body.reason()));
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for an internal review of the answer")
    public Response review(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            ReviewBody body) {
        String token = bearer(auth);
        return answer(reference, token, access.askForReview(reference, token, body == null ? null : body.grounds()));
    }

    private Response answer(String reference, String token, Outcome outcome) {
        if (outcome instanceof Outcome.Done) {
            return access.open(reference, token).map(t -> Response.ok(view(t, token)).build())
                    .orElseGet(TrackingResource::notFound);
        }
        if (outcome instanceof Outcome.NotNow notNow) {
            return ProblemMappers.problem(Problem.of(409, "Not possible now", notNow.reason()));
        }
        if (outcome instanceof Outcome.Invalid invalid) {
            return ProblemMappers.problem(Problem.invalid(ProblemMappers.TITLE, "Check the field named below.",
                    List.of(new Problem.FieldError(invalid.violation().field(), invalid.violation().reason()))));
        }
        return notFound();
    }

    static Response notFound() {
        return ProblemMappers.problem(Problem.of(404, "Not Found", "There is no request with that reference for this "
                + "token."));
    }

    private static View view(Tracked t, String token) {
        String reference = t.request().reference().value();
        List<String> actions = new ArrayList<>();
        if (t.progress().canClarify()) {
            actions.add("clarification");
        }
        if (t.progress().canWithdraw()) {
            actions.add("withdrawal");
        }
        if (t.progress().canAskForReview()) {
            actions.add("review");
        }
        Letter letter = t.progress().letterIssued() ? new Letter(TrackingLinks.letter(reference, token, "pdf"),
                TrackingLinks.letter(reference, token, "html"), TrackingLinks.letter(reference, token, "txt")) : null;
        return new View(reference, t.request().title(), t.request().receivedAt(), t.progress().status().name(),
                t.progress().status().words() + ": " + t.progress().status().explanation(), t.progress().dueDate(),
                t.progress().reviewBy(), t.progress().clarificationQuestion(), letter, actions,
                t.timeline().stream().map(e -> new Entry(e.on(), e.kind(), e.text())).toList(),
                t.request().requester().replyBy().name(), t.request().requester().postalAddress());
    }

    /** The token of {@code Authorization: Bearer <token>}, or null. */
    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
