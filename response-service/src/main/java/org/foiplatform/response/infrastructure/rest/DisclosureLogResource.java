package org.foiplatform.response.infrastructure.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;

import org.foiplatform.contracts.InputLimits;
import org.foiplatform.contracts.http.Problem;
import org.foiplatform.response.application.DisclosureSearch;
import org.foiplatform.response.application.UnpublishEntry;
import org.foiplatform.response.domain.CaseOutcomeWording;
import org.foiplatform.response.domain.DisclosureEntry;
import org.foiplatform.response.domain.OutcomeWording;
import org.foiplatform.response.infrastructure.web.SearchParameters;

/**
 * The disclosure log as JSON: the same search and entries as the public pages (no sign-in), and the admin's
 * unpublish. Bad parameters are answered with a problem naming each one ({@link ProblemMappers}).
 */
@Path("/api/disclosure-log")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureLogResource {

    private final DisclosureSearch search;
    private final UnpublishEntry unpublish;

    public DisclosureLogResource(DisclosureSearch search, UnpublishEntry unpublish) {
        this.search = search;
        this.unpublish = unpublish;
    }

    /**
     * One page of results; {@code snippetHtml} is escaped HTML with {@code <mark>} round the matched words. Matches
     * are counted up to 1,000: when {@code totalCapped} is true there are more than {@code total - 1}.
     */
    public record SearchResult(String q, int page, int pageSize, long total, boolean totalCapped, int pages,
            boolean hasNext, List<Result> results) {
    }

    public record Result(String reference, String title, String regime, String caseOutcome, String caseOutcomeText,
            LocalDate respondedOn, Instant publishedAt, List<String> exemptions, String snippetHtml, String path) {
    }

    public record Entry(String reference, String title, String regime, String law, String caseOutcome,
            String caseOutcomeText, LocalDate respondedOn, Instant publishedAt, List<String> exemptions,
            List<Question> questions, String path, String letterPath) {
    }

    public record Question(int number, String question, String outcome, String outcomeText, String answer,
            List<String> exemptions) {
    }

    public record UnpublishRequest(String reason) {
    }

    public record Unpublished(String reference, Instant unpublishedAt, String reason) {
    }

    @GET
    @PermitAll
    public SearchResult search(@QueryParam("q") String q, @QueryParam("regime") String regime,
            @QueryParam("outcome") String outcome, @QueryParam("exemption") String exemption,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page) {
        SearchParameters.Parsed parsed = SearchParameters.parse(q, regime, outcome, exemption, from, to, page);
        if (!parsed.valid()) {
            throw new InvalidParametersException(parsed.errors());
        }
        DisclosureSearch.Page found = search.search(parsed.query());
        return new SearchResult(parsed.query().text(), found.page(), found.pageSize(), found.total(),
                found.moreThanCap(), found.pages(), found.hasNext(),
                found.hits().stream().map(h -> new Result(h.reference(), h.title(), h.regime(), h.caseOutcome(),
                        CaseOutcomeWording.of(h.caseOutcome()), h.respondedOn(), h.publishedAt(), h.exemptions(),
                        h.snippetHtml(), DisclosureEntry.pathOf(h.reference()))).toList());
    }

    @GET
    @Path("/{reference}")
    @PermitAll
    public Entry entry(@PathParam("reference") String reference) {
        DisclosureEntry e = publicEntry(reference);
        return new Entry(e.reference(), e.title(), e.regime(), OutcomeWording.law(e.regime()), e.caseOutcome(),
                CaseOutcomeWording.of(e.caseOutcome()), e.respondedOn(), e.publishedAt(), e.exemptions(),
                e.questions().stream().map(q -> new Question(q.number(), q.question(), q.outcome(),
                        q.outcomeInWords(), q.answer(), q.exemptions())).toList(),
                e.path(), e.path() + "/letter.html");
    }

    /** Takes an entry off every public page, the feed and this API; the reason and time are kept. */
    @POST
    @Path("/{reference}/unpublish")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Unpublished unpublish(@PathParam("reference") String reference, UnpublishRequest body,
            @Context SecurityContext security) {
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            throw new InvalidParametersException(List.of(new Problem.FieldError("reason",
                    "Say why the entry is being taken down")));
        }
        if (reason.length() > UnpublishEntry.MAX_REASON || InputLimits.hasControlCharacters(reason)) {
            throw new InvalidParametersException(List.of(new Problem.FieldError("reason",
                    "Enter at most " + UnpublishEntry.MAX_REASON + " characters, without control characters")));
        }
        publicEntry(reference);
        Instant at = unpublish.unpublish(reference, reason, security.getUserPrincipal().getName());
        return new Unpublished(reference, at, reason);
    }

    private DisclosureEntry publicEntry(String reference) {
        if (!SearchParameters.REFERENCE.matcher(reference).matches()) {
            throw new InvalidParametersException(List.of(new Problem.FieldError("reference",
                    "Enter a reference like FOI-2026-000123")));
        }
        return search.published(reference).orElseThrow(() -> new UnpublishEntry.NotPublishedException(reference));
    }

    /** Parameters that cannot be used, each named with how to put it right. */
    public static class InvalidParametersException extends RuntimeException {
        private final transient List<Problem.FieldError> errors;

        public InvalidParametersException(List<Problem.FieldError> errors) {
            super("Invalid parameters: " + errors);
            this.errors = List.copyOf(errors);
        }

        public List<Problem.FieldError> errors() {
            return errors;
        }
    }
}
