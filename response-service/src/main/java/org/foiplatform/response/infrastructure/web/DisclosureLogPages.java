package org.foiplatform.response.infrastructure.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.foiplatform.contracts.http.Problem;
import org.foiplatform.response.application.AuthorityProfile;
import org.foiplatform.response.application.DisclosureSearch;
import org.foiplatform.response.domain.CaseOutcomeWording;
import org.foiplatform.response.domain.DisclosureEntry;
import org.foiplatform.response.domain.OutcomeWording;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The public disclosure log: a search page, a page per entry, the anonymised letter and an Atom feed. No sign-in.
 * Only what {@link DisclosureSearch} returns is shown, so an entry not yet due or taken down is never here. Qute
 * escapes every value; the one exception is the search snippet, which is escaped in Java before its markers become
 * {@code <mark>}.
 */
@Path("/disclosure-log")
public class DisclosureLogPages {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    static final MediaType ATOM = MediaType.valueOf("application/atom+xml;charset=UTF-8");
    /** The stored letter is this service's own escaped HTML; it still may run nothing and load nothing. */
    static final String LETTER_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

    private final DisclosureSearch search;
    private final AuthorityProfile profile;
    private final Clock clock;
    private final Template searchPage;
    private final Template entryPage;
    private final Template notFoundPage;
    private final Template feed;

    public DisclosureLogPages(DisclosureSearch search, AuthorityProfile profile, Clock clock,
            @Location("disclosure/search.html") Template searchPage,
            @Location("disclosure/entry.html") Template entryPage,
            @Location("disclosure/not-found.html") Template notFoundPage,
            @Location("disclosure/feed.xml") Template feed) {
        this.search = search;
        this.profile = profile;
        this.clock = clock;
        this.searchPage = searchPage;
        this.entryPage = entryPage;
        this.notFoundPage = notFoundPage;
        this.feed = feed;
    }

    /**
     * The search page. Dates are asked for as day, month and year (the GOV.UK date input); {@code from} and
     * {@code to} as 2024-04-18 are read too, as the API and the page links write them.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response searchPage(@QueryParam("q") String q, @QueryParam("regime") String regime,
            @QueryParam("outcome") String outcome, @QueryParam("exemption") String exemption,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("from-day") String fromDay, @QueryParam("from-month") String fromMonth,
            @QueryParam("from-year") String fromYear, @QueryParam("to-day") String toDay,
            @QueryParam("to-month") String toMonth, @QueryParam("to-year") String toYear) {
        DateParts fromParts = DateParts.of(fromDay, fromMonth, fromYear, from);
        DateParts toParts = DateParts.of(toDay, toMonth, toYear, to);
        SearchParameters.Parsed parsed = SearchParameters.parse(q, regime, outcome, exemption, fromParts.iso(),
                toParts.iso(), page);
        DisclosureSearch.Query query = parsed.query();
        // Every field has a key (null when it is right): Qute's strict rendering refuses a missing key.
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        for (String field : List.of("q", "from", "to", "regime", "outcome", "exemption", "page")) {
            fieldErrors.put(field, null);
        }
        List<PageError> errorList = new ArrayList<>();
        for (Problem.FieldError e : parsed.errors()) {
            String text = switch (e.field()) {
                case "from" -> "Enter a real date for ‘responded on or after’, such as 18 4 2024";
                case "to" -> e.reason().startsWith("Enter a date on or after")
                        ? "The ‘responded on or before’ date must be the same as or after the other date"
                        : "Enter a real date for ‘responded on or before’, such as 31 12 2024";
                default -> e.reason();
            };
            if (fieldErrors.get(e.field()) == null) {
                fieldErrors.put(e.field(), text);
                String anchor = e.field().equals("from") || e.field().equals("to") ? e.field() + "-day" : e.field();
                errorList.add(new PageError(anchor, text));
            }
        }
        DisclosureSearch.Page results = parsed.valid() ? search.search(query) : null;
        String html = searchPage.data("authority", profile.authority().name())
                .data("q", q == null ? "" : q).data("fromDate", fromParts).data("toDate", toParts)
                .data("exemption", exemption == null ? "" : exemption)
                .data("regimes", options(regimeWords(), query.regime()))
                .data("outcomes", options(CaseOutcomeWording.all(), query.outcome()))
                .data("fieldErrors", fieldErrors)
                .data("errorList", errorList)
                .data("results", results)
                .data("hits", results == null ? List.of() : results.hits().stream().map(Views.HitView::of).toList())
                .data("previous", results != null && results.page() > 1 ? pageLink(query, results.page() - 1) : null)
                .data("next", results != null && results.hasNext() ? pageLink(query, results.page() + 1) : null)
                .render();
        return Response.status(parsed.valid() ? 200 : 400).type(HTML).entity(html).build();
    }

    /** An error as the summary lists it: the field to go to, and what to do. */
    public record PageError(String field, String reason) {
    }

    /** A date as typed in the three boxes, shown again as typed; {@code iso} is what the search reads. */
    public record DateParts(String day, String month, String year, String iso) {

        static DateParts of(String day, String month, String year, String iso) {
            boolean typed = !blank(day) || !blank(month) || !blank(year);
            if (!typed) {
                if (!blank(iso)) {
                    String[] parts = iso.strip().split("-");
                    if (parts.length == 3) {
                        return new DateParts(strip(parts[2]), strip(parts[1]), parts[0], iso);
                    }
                }
                return new DateParts("", "", "", iso);
            }
            String text = blank(day) || blank(month) || blank(year) ? "incomplete"
                    : String.format("%s-%s-%s", year.strip(), pad(month), pad(day));
            return new DateParts(nonNull(day), nonNull(month), nonNull(year), text);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static String nonNull(String value) {
            return value == null ? "" : value;
        }

        private static String strip(String number) {
            return number.replaceFirst("^0(?=\\d)", "");
        }

        private static String pad(String number) {
            String value = number.strip();
            return value.length() == 1 ? "0" + value : value;
        }
    }

    @GET
    @Path("/feed.atom")
    public Response feed(@Context UriInfo uri) {
        List<DisclosureEntry> latest = search.latest(DisclosureSearch.FEED_SIZE);
        String base = stripSlash(uri.getBaseUri().toString());
        Instant updated = latest.isEmpty() ? clock.instant() : latest.get(0).publishedAt();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (DisclosureEntry e : latest) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", "urn:uuid:" + e.id());
            entry.put("title", xmlText(e.reference() + ": " + e.title()));
            entry.put("link", base + e.path());
            entry.put("updated", e.publishedAt().toString());
            entry.put("summary", xmlText(summary(e)));
            entries.add(entry);
        }
        String xml = feed.data("authority", xmlText(profile.authority().name())).data("self", base + "/disclosure-log/feed.atom")
                .data("home", base + "/disclosure-log").data("updated", updated.toString()).data("entries", entries)
                .render();
        return Response.ok(xml, ATOM).build();
    }

    @GET
    @Path("/{reference}")
    @Produces(MediaType.TEXT_HTML)
    public Response entry(@PathParam("reference") String reference) {
        Optional<DisclosureEntry> entry = publicEntry(reference);
        if (entry.isEmpty()) {
            return notFound(reference);
        }
        String html = entryPage.data("authority", profile.authority().name())
                .data("entry", Views.EntryView.of(entry.get(), ZoneId.of(profile.zone()))).render();
        return Response.ok(html, HTML).build();
    }

    @GET
    @Path("/{reference}/letter.html")
    @Produces(MediaType.TEXT_HTML)
    public Response letter(@PathParam("reference") String reference) {
        Optional<DisclosureEntry> entry = publicEntry(reference);
        if (entry.isEmpty()) {
            return notFound(reference);
        }
        // Stored already anonymised; it was rendered by this service's letter template, which escapes every value.
        return Response.ok(entry.get().letterHtml(), HTML).header("Content-Security-Policy", LETTER_POLICY)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private Optional<DisclosureEntry> publicEntry(String reference) {
        if (reference == null || !SearchParameters.REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        return search.published(reference);
    }

    private Response notFound(String reference) {
        String html = notFoundPage.data("authority", profile.authority().name()).data("reference", reference).render();
        return Response.status(404).type(HTML).entity(html).build();
    }

    private static String summary(DisclosureEntry e) {
        StringBuilder text = new StringBuilder(OutcomeWording.law(e.regime())).append(". ")
                .append(CaseOutcomeWording.of(e.caseOutcome())).append(". Responded on ")
                .append(Views.date(e.respondedOn())).append('.');
        for (DisclosureEntry.Question q : e.questions()) {
            text.append("\nQuestion ").append(q.number()).append(": ").append(q.question() == null ? "" : q.question())
                    .append(" (").append(q.outcomeInWords()).append(')');
        }
        return text.length() > 2_000 ? text.substring(0, 1_999) + "…" : text.toString();
    }

    /** Characters XML 1.0 cannot hold at all are dropped; Qute escapes the rest. */
    static String xmlText(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Map<String, String> regimeWords() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String regime : List.of("FOIA", "EIR", "FOISA", "EIRS")) {
            words.put(regime, regime + ": " + OutcomeWording.law(regime));
        }
        return words;
    }

    private static List<Views.Option> options(Map<String, String> words, String chosen) {
        List<Views.Option> options = new ArrayList<>();
        words.forEach((value, text) -> options.add(new Views.Option(value, text, value.equals(chosen))));
        return options;
    }

    /** A link to another page of the same search. */
    static String pageLink(DisclosureSearch.Query query, int page) {
        StringBuilder link = new StringBuilder("/disclosure-log?");
        add(link, "q", query.text());
        add(link, "from", query.respondedFrom() == null ? null : query.respondedFrom().toString());
        add(link, "to", query.respondedTo() == null ? null : query.respondedTo().toString());
        add(link, "regime", query.regime());
        add(link, "outcome", query.outcome());
        add(link, "exemption", query.exemption());
        return link.append("page=").append(page).toString();
    }

    private static void add(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }
}
