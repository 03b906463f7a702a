package org.foiplatform.intake.infrastructure.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.foiplatform.intake.application.IntakeConfig;
import org.foiplatform.intake.application.RequesterAccess;
import org.foiplatform.intake.application.RequesterAccess.Outcome;
import org.foiplatform.intake.application.RequesterAccess.Tracked;
import org.foiplatform.intake.infrastructure.rest.TrackingLinks;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The tracking page, reached only with the private token in the link ({@code /requests/{reference}?token=...}): the
 * status in plain words, the due date, the timeline, the letter once issued, and the actions that fit the status,
 * each a form with a CSRF token. A wrong token gets the same 404 page as an unknown reference.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TrackingPage {

    private static final Map<String, String> DONE = Map.of(
            "clarification", "We have your answer. We will carry on with your request.",
            "withdrawal", "You have withdrawn your request.",
            "review", "We have your request for an internal review.");

    private final Template tracking;
    private final RequesterAccess access;
    private final PortalErrorPages errors;
    private final LetterFetcher letters;
    private final String authority;
    private final ZoneId zone;

    public TrackingPage(@Location("portal/tracking.html") Template tracking, RequesterAccess access,
            PortalErrorPages errors, LetterFetcher letters, IntakeConfig config) {
        this.tracking = tracking;
        this.access = access;
        this.errors = errors;
        this.letters = letters;
        this.authority = config.authorityName();
        this.zone = ZoneId.of(config.zone());
    }

    public record TimelineView(String text, String day) {
    }

    @GET
    @Path("requests/{reference}")
    public Response page(@PathParam("reference") String reference, @QueryParam("token") String token,
            @QueryParam("done") String done) {
        Optional<Tracked> tracked = access.open(reference, token);
        if (tracked.isEmpty()) {
            return errors.notFound();
        }
        return render(200, tracked.get(), token, done == null ? null : DONE.get(done), Map.of());
    }

    @POST
    @Path("requests/{reference}/clarification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clarify(@PathParam("reference") String reference, @RestForm String token, @RestForm String text) {
        return after(reference, token, "clarification", access.clarify(reference, token, text));
    }

    @POST
    @Path("requests/{reference}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("reference") String reference, @RestForm String token, @RestForm String reason) {
        return after(reference, token, "withdrawal", access.withdraw(reference, token, reason));
    }

    @POST
    @Path("requests/{reference}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("reference") String reference, @RestForm String token, @RestForm String grounds) {
        return after(reference, token, "review", access.askForReview(reference, token, grounds));
    }

    /** The letter, fetched from response-service with the token as its header. */
    @GET
    @Path("requests/{reference}/letter.{format: pdf|html|txt}")
    @Produces({ "application/pdf", "text/html", "text/plain" })
    public Response letter(@PathParam("reference") String reference, @PathParam("format") String format,
            @QueryParam("token") String token) {
        Optional<Tracked> tracked = access.open(reference, token);
        if (tracked.isEmpty() || !tracked.get().progress().letterIssued()) {
            return errors.notFound();
        }
        LetterFetcher.Fetched fetched = letters.fetch(reference, format, token);
        if (fetched instanceof LetterFetcher.Fetched.Letter letter) {
            return Response.ok(letter.body()).type(letter.mediaType())
                    .header("Content-Disposition", "inline; filename=\"" + reference + "." + format + "\"").build();
        }
        if (fetched instanceof LetterFetcher.Fetched.NotFound) {
            return errors.notFound();
        }
        return errors.unavailable(TrackingLinks.page(reference, token));
    }

    private Response after(String reference, String token, String action, Outcome outcome) {
        if (outcome instanceof Outcome.Done) {
            return Response.seeOther(URI.create(TrackingLinks.page(reference, token) + "&done=" + action)).build();
        }
        if (outcome instanceof Outcome.NotNow notNow) {
            return rerender(409, reference, token, anchorFor(action), notNow.reason());
        }
        if (outcome instanceof Outcome.Invalid invalid) {
            return rerender(400, reference, token, invalid.violation().field(), invalid.violation().reason());
        }
        return errors.notFound();
    }

    private static String anchorFor(String action) {
        if (action.equals("clarification")) {
            return "text";
        }
        return action.equals("review") ? "grounds" : "reason";
    }

    private Response rerender(int status, String reference, String token, String field, String message) {
        Optional<Tracked> tracked = access.open(reference, token);
        if (tracked.isEmpty()) {
            return errors.notFound();
        }
        return render(status, tracked.get(), token, null, Map.of(field, message));
    }

    private Response render(int status, Tracked t, String token, String done, Map<String, String> fieldErrors) {
        String reference = t.request().reference().value();
        List<TimelineView> timeline = t.timeline().stream()
                .map(e -> new TimelineView(e.text(), e.on().format(PortalPages.DAY))).toList();
        List<PortalPages.ErrorLink> errorList = fieldErrors.entrySet().stream()
                .map(e -> new PortalPages.ErrorLink(e.getKey(), e.getValue())).toList();
        String html = tracking.data("authority", authority).data("request", t.request()).data("progress", t.progress())
                .data("token", token).data("done", done).data("fieldErrors", fieldErrors).data("errorList", errorList)
                .data("timeline", timeline)
                .data("addressLines", t.request().requester().byPost()
                        ? List.of(t.request().requester().postalAddress().split("\n")) : List.of())
                .data("receivedOn", t.request().receivedAt().atZone(zone).toLocalDate().format(PortalPages.DAY))
                .data("dueOn", t.progress().dueDate() == null ? null : t.progress().dueDate().format(PortalPages.DAY))
                .data("reviewBy", t.progress().reviewBy() == null ? null : t.progress().reviewBy().format(PortalPages.DAY))
                .data("lapsesOn", t.progress().lapsesOn() == null ? null : t.progress().lapsesOn().format(PortalPages.DAY))
                .data("late", t.reviewWouldBeLate())
                .data("letterPdf", TrackingLinks.letter(reference, token, "pdf"))
                .data("letterHtml", TrackingLinks.letter(reference, token, "html"))
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(html).build();
    }
}
