package org.foiplatform.response.infrastructure.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.response.application.InvalidInputException;
import org.foiplatform.response.application.PreviewLetter;
import org.foiplatform.response.application.ReadLetters;
import org.foiplatform.response.domain.Finding;
import org.foiplatform.response.domain.Letter;
import org.foiplatform.response.domain.LetterDocument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Officers preview a letter before approval and read every version issued; the mailer (notification-service) fetches
 * an issued letter's renderings by the letter's id, as {@code ResponseIssued} tells it to (a claim check).
 */
@Path("/api")
@Tag(name = "Letters")
public class LetterResource {

    private static final Pattern REFERENCE = Pattern.compile("FOI-\\d{4}-\\d{6,}");
    /** A decision is at most 40,000 characters of text; the whole body with its JSON well under this. */
    private static final int MAX_PREVIEW_BODY = 256 * 1024;

    private final PreviewLetter preview;
    private final ReadLetters read;
    private final ObjectMapper json;

    public LetterResource(PreviewLetter preview, ReadLetters read, ObjectMapper json) {
        this.preview = preview;
        this.read = read;
        this.json = json;
    }

    /** The preview: the letter as HTML and what the compliance rules found. */
    public record PreviewView(String html, boolean blocked, List<FindingView> findings) {
    }

    /** One finding, as the dashboard shows it. */
    public record FindingView(String rule, String severity, Integer question, String message) {
        static FindingView of(Finding f) {
            return new FindingView(f.rule().name(), f.severity().name(), f.question(), f.message());
        }
    }

    /** One version of a letter and where its renderings are. */
    public record LetterView(UUID id, int version, String kind, String status, String subject, Instant createdAt,
            Instant issuedAt, List<FindingView> findings, Map<String, String> documents) {
    }

    @POST
    @Path("/letters/preview")
    @RolesAllowed({ "officer", "approver", "admin" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The letter a decision would make, and the compliance findings, without storing anything",
            description = "The body is the payload of a DecisionApproved version 2 event.")
    public PreviewView preview(String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("body",
                    "Send the decision as JSON")));
        }
        if (body.length() > MAX_PREVIEW_BODY) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("body",
                    "must be at most " + MAX_PREVIEW_BODY + " characters")));
        }
        DecisionApprovedV2 decision;
        try {
            decision = json.readValue(body, DecisionApprovedV2.class);
        } catch (ValueInstantiationException e) {
            // A required field is missing: the record names it in its NullPointerException.
            Throwable cause = e.getCause();
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(
                    cause != null && cause.getMessage() != null ? cause.getMessage() : "body", "is required")));
        }
        if (!REFERENCE.matcher(decision.reference()).matches()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("reference",
                    "must look like FOI-2026-000123")));
        }
        PreviewLetter.Preview result = preview.preview(decision);
        return new PreviewView(result.html(), result.blocked(), result.findings().stream().map(FindingView::of)
                .toList());
    }

    @GET
    @Path("/responses/{reference}")
    @RolesAllowed({ "officer", "approver", "admin" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of the letters for a request: status, findings and renderings")
    public List<LetterView> letters(@PathParam("reference") String reference) {
        checkReference(reference);
        List<Letter> letters = read.forReference(reference);
        if (letters.isEmpty()) {
            throw new ReadLetters.NotFoundException("No letter has been drafted for " + reference + ".");
        }
        return letters.stream().map(LetterResource::view).toList();
    }

    @GET
    @Path("/responses/{reference}/letter.{extension}")
    @RolesAllowed({ "officer", "approver", "admin" })
    @Operation(summary = "The latest letter issued for a request, as html, txt or pdf")
    public Response latest(@PathParam("reference") String reference, @PathParam("extension") String extension) {
        checkReference(reference);
        return document(read.latestIssued(reference, format(extension)), reference);
    }

    @GET
    @Path("/requester/responses/{reference}/letter.{extension}")
    @jakarta.annotation.security.PermitAll
    @Operation(summary = "The latest letter issued for a request, for its requester: send the private tracking "
            + "token in the Tracking-Token header; a wrong token answers 404, as an unknown reference does")
    public Response forRequester(@PathParam("reference") String reference, @PathParam("extension") String extension,
            @jakarta.ws.rs.HeaderParam("Tracking-Token") String token) {
        checkReference(reference);
        return document(read.forRequester(reference, token, format(extension)), reference);
    }

    @GET
    @Path("/letters/{id}/letter.{extension}")
    @RolesAllowed({ "officer", "approver", "admin", "mailer" })
    @Operation(summary = "One issued letter, as html, txt or pdf (what ResponseIssued points at)")
    public Response byId(@PathParam("id") String id, @PathParam("extension") String extension) {
        UUID letterId;
        try {
            letterId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("id", "must be a UUID")));
        }
        LetterDocument document = read.document(letterId, format(extension));
        return document(document, null);
    }

    private static Response document(LetterDocument document, String reference) {
        Response.ResponseBuilder response = Response.ok(document.content(), document.format().mediaType())
                .header("ETag", "\"" + document.sha256() + "\"")
                .header("Cache-Control", "private, no-store");
        if (reference != null && document.format() == LetterDocument.Format.PDF) {
            response.header("Content-Disposition", "inline; filename=\"" + reference + "-letter.pdf\"");
        }
        return response.build();
    }

    private static LetterDocument.Format format(String extension) {
        return LetterDocument.Format.byExtension(extension).orElseThrow(() -> new InvalidInputException(List.of(
                new InvalidInputException.FieldProblem("extension", "must be html, txt or pdf"))));
    }

    private static void checkReference(String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("reference",
                    "must look like FOI-2026-000123")));
        }
    }

    private static LetterView view(Letter l) {
        Map<String, String> documents = l.issuedAt() == null ? Map.of() : java.util.Arrays.stream(
                LetterDocument.Format.values()).collect(java.util.stream.Collectors.toMap(LetterDocument.Format::key,
                        f -> LetterDocument.path(l.id(), f)));
        return new LetterView(l.id(), l.version(), l.kind().name(), l.status().name(), l.subject(), l.createdAt(),
                l.issuedAt(), l.findings().stream().map(FindingView::of).toList(), documents);
    }
}
