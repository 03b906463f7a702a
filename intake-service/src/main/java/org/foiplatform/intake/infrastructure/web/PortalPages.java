package org.foiplatform.intake.infrastructure.web;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.foiplatform.intake.application.DisclosureLogSuggestions;
import org.foiplatform.intake.application.IdempotencyKeyReusedException;
import org.foiplatform.intake.application.IdempotencyKeyTakenException;
import org.foiplatform.intake.application.IntakeConfig;
import org.foiplatform.intake.application.InvalidSubmissionException;
import org.foiplatform.intake.application.Receipt;
import org.foiplatform.intake.application.RequesterAccess;
import org.foiplatform.intake.application.SubmitRequest;
import org.foiplatform.intake.application.TooManyFromOneEmailException;
import org.foiplatform.intake.domain.InformationRequest;
import org.foiplatform.intake.domain.QuestionSplitter;
import org.foiplatform.intake.domain.Regime;
import org.foiplatform.intake.domain.RegimeHints;
import org.foiplatform.intake.domain.Submission;
import org.foiplatform.intake.domain.Violation;
import org.foiplatform.intake.infrastructure.persistence.JdbcRequestRepository;
import org.foiplatform.intake.infrastructure.rest.TrackingLinks;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The public portal's pages for making a request (GOV.UK Design System, server-rendered, no JavaScript needed):
 * the start page, the request form, check your answers and the confirmation. Every form carries a CSRF token
 * (quarkus-rest-csrf checks it before these methods run). Between the form and the confirmation nothing is stored:
 * the answers travel in the pages' hidden fields, and only "Send request" stores the request.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final List<FormatOption> FORMATS = List.of(
            new FormatOption("preferredFormat", "ELECTRONIC", "An electronic copy",
                    "Sent by email, in a format you can reuse where the information is a dataset"),
            new FormatOption("preferredFormat-2", "PAPER", "A paper copy",
                    "Printed and sent by post: choose to get our reply by post, above, and give your address"),
            new FormatOption("preferredFormat-3", "INSPECTION", "To look at the records",
                    "At our offices, at a time we agree with you"));

    private final Template start;
    private final Template form;
    private final Template check;
    private final Template confirmation;
    private final SubmitRequest submitRequest;
    private final RequesterAccess access;
    private final PortalErrorPages errorPages;
    private final String authority;
    private final ZoneId zone;
    private final int maxQuestions;
    private final int maxAddressLines;
    private final FormTimer timer;
    private final DisclosureLogSuggestions disclosureLog;
    private final String disclosureLogUrl;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PortalPages.class);

    public PortalPages(@Location("portal/start.html") Template start, @Location("portal/form.html") Template form,
            @Location("portal/check.html") Template check, @Location("portal/confirmation.html") Template confirmation,
            SubmitRequest submitRequest, RequesterAccess access, PortalErrorPages errorPages, FormTimer timer,
            DisclosureLogSuggestions disclosureLog, IntakeConfig config) {
        this.disclosureLog = disclosureLog;
        String url = config.disclosureLog().url();
        this.disclosureLogUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.timer = timer;
        this.errorPages = errorPages;
        this.start = start;
        this.form = form;
        this.check = check;
        this.confirmation = confirmation;
        this.submitRequest = submitRequest;
        this.access = access;
        this.authority = config.authorityName();
        this.zone = ZoneId.of(config.zone());
        this.maxQuestions = config.maxQuestions();
        this.maxAddressLines = config.maxPostalAddressLines();
    }

    public record FormatOption(String id, String value, String label, String hint) {
    }

    public record ErrorLink(String anchor, String message) {
    }

    public record QuestionField(int number, String value, String error) {
    }

    @GET
    public TemplateInstance startPage() {
        return start.data("authority", authority);
    }

    @GET
    @Path("requests/new")
    public TemplateInstance newRequest() {
        return formPage(PortalForm.empty(), Map.of(), timer.stamp());
    }

    /** The form posted to itself: add or remove a question box, or continue to check your answers. */
    @POST
    @Path("requests/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response formPosted(@RestForm String action, @RestForm String name, @RestForm String email,
            @RestForm String organisation, @RestForm String title, @RestForm("question") List<String> questions,
            @RestForm String preferredFormat, @RestForm String consent, @RestForm String replyBy,
            @RestForm String postalAddress, @RestForm String website, @RestForm String shownAt) {
        PortalForm posted = new PortalForm(name, email, organisation, title, questions, preferredFormat, consent,
                replyBy, postalAddress);
        String act = action == null ? "continue" : action;
        if (act.equals("add")) {
            return Response.ok(formPage(posted.questions().size() < maxQuestions ? posted.withAnotherQuestion() : posted,
                    Map.of(), shownAt)).build();
        }
        if (act.startsWith("remove-")) {
            int number;
            try {
                number = Integer.parseInt(act.substring("remove-".length()));
            } catch (NumberFormatException e) {
                number = 0;
            }
            return Response.ok(formPage(posted.withoutQuestion(number), Map.of(), shownAt)).build();
        }
        if (website != null && !website.isBlank()) {
            // The honeypot: only a robot fills a field nobody can see. Nothing is stored or sent.
            return Response.status(400).entity(formPage(posted, Map.of("name",
                    "Your request could not be sent. Check your answers and try again"), shownAt)).build();
        }
        if (timer.tooSoon(shownAt)) {
            // Sooner than a person reads the form and types a question: a robot's, or a form filled in by the
            // browser. Nothing is kept; a person presses Continue again, on a form timed afresh.
            return tooSoon(posted);
        }
        // Boxes left empty are dropped; a single box holding a numbered list becomes its questions.
        List<String> filled = posted.questions().stream().filter(q -> q != null && !q.isBlank()).toList();
        boolean split = false;
        if (filled.size() == 1) {
            List<String> parts = QuestionSplitter.split(filled.get(0));
            split = parts.size() > 1;
            filled = parts;
        }
        PortalForm cleaned = posted.withQuestions(filled);
        Map<String, String> errors = check(cleaned);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(formPage(cleaned, errors, shownAt)).build();
        }
        return Response.ok(checkPage(cleaned, split, shownAt)).build();
    }

    /**
     * Check your answers, with a new idempotency key: the one request "Send request" on this page may make. When the
     * words ask for the requester's own personal data, the page says that is a subject access request and links to how
     * to make one (the start page).
     */
    private TemplateInstance checkPage(PortalForm cleaned, boolean split, String shownAt) {
        return check.data("authority", authority).data("form", cleaned).data("split", split).data("shownAt", shownAt)
                .data("addressLines", addressLines(cleaned))
                .data("formatLabel", FORMATS.stream().filter(f -> f.value().equals(cleaned.preferredFormat()))
                        .map(FormatOption::label).findFirst().orElse(""))
                .data("idempotencyKey", UUID.randomUUID().toString())
                .data("suggestions", suggestions(cleaned))
                .data("subjectAccess", RegimeHints.suggest(Regime.FOIA, cleaned.title(), cleaned.questions())
                        .filter(h -> h.regime() == Regime.SAR).isPresent());
    }

    /** A published response suggested on check your answers: its title, the link to it and when it was published. */
    public record Suggestion(String title, String url, String publishedOn) {
    }

    /**
     * The disclosure log entries most like these answers, found in intake's own database (nothing is sent anywhere).
     * With the database away the page still shows, without suggestions ("Send request" then says to try again).
     */
    private List<Suggestion> suggestions(PortalForm answers) {
        try {
            return disclosureLog.suggest(answers.title(), answers.questions()).stream()
                    .map(p -> new Suggestion(p.title(), disclosureLogUrl + p.path(),
                            p.publishedAt().atZone(zone).toLocalDate().format(DAY)))
                    .toList();
        } catch (JdbcRequestRepository.RequestStoreException e) {
            LOG.warn("No suggestions from the disclosure log: the database could not be asked", e);
            return List.of();
        }
    }

    /** Check your answers posted: send the request, or go back to change the answers. */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestForm String action, @RestForm String name, @RestForm String email,
            @RestForm String organisation, @RestForm String title, @RestForm("question") List<String> questions,
            @RestForm String preferredFormat, @RestForm String consent, @RestForm String replyBy,
            @RestForm String postalAddress, @RestForm String idempotencyKey, @RestForm String shownAt,
            @Context UriInfo uri) {
        PortalForm posted = new PortalForm(name, email, organisation, title, questions, preferredFormat, consent,
                replyBy, postalAddress);
        if (!"send".equals(action)) {
            return Response.ok(formPage(posted, Map.of(), shownAt)).build();
        }
        if (timer.tooSoon(shownAt)) {
            return tooSoon(posted);
        }
        Map<String, String> errors = check(posted);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(formPage(posted, errors, shownAt)).build();
        }
        Optional<String> key = Optional.ofNullable(idempotencyKey).map(String::strip)
                .filter(k -> !k.isEmpty() && k.length() <= 255).map(k -> "portal:" + k);
        Receipt receipt;
        try {
            receipt = submitRequest.submit(toSubmission(posted), key);
        } catch (IdempotencyKeyTakenException e) {
            receipt = submitRequest.submit(toSubmission(posted), key);
        } catch (InvalidSubmissionException e) {
            return Response.status(400).entity(formPage(posted, anchored(e.violations()), shownAt)).build();
        } catch (TooManyFromOneEmailException e) {
            return errorPages.tooManyFromEmail(e.retryAfterSeconds(), e.perHour());
        } catch (IdempotencyKeyReusedException e) {
            // This page's key already sent other answers (a page kept open and changed): check these afresh, with
            // a key of their own.
            return Response.status(409).entity(checkPage(posted, false, shownAt)).build();
        }
        if (receipt.trackingToken() == null) {
            // "Send request" pressed twice: the first press made the request; its token was shown only then.
            return Response.ok(confirmationPage(receipt.reference().value(), receipt.receivedAt(), null, null, null,
                    true)).build();
        }
        // Post/redirect/get: a refresh of the confirmation shows it again and sends nothing.
        return Response.seeOther(URI.create("/requests/" + receipt.reference().value() + "/confirmation?token="
                + java.net.URLEncoder.encode(receipt.trackingToken(), java.nio.charset.StandardCharsets.UTF_8)))
                .build();
    }

    @GET
    @Path("requests/{reference}/confirmation")
    public Response confirmation(@PathParam("reference") String reference, @QueryParam("token") String token,
            @Context UriInfo uri) {
        Optional<RequesterAccess.Tracked> tracked = access.open(reference, token);
        if (tracked.isEmpty()) {
            return errorPages.notFound();
        }
        InformationRequest request = tracked.get().request();
        String path = TrackingLinks.page(reference, token);
        String url = uri.getBaseUri().resolve(path).toString();
        return Response.ok(confirmationPage(reference, request.receivedAt(),
                tracked.get().progress().dueDate() == null ? null : tracked.get().progress().dueDate().format(DAY),
                path, url, false)).build();
    }

    private TemplateInstance confirmationPage(String reference, java.time.Instant receivedAt, String dueOn,
            String trackingPath, String trackingUrl, boolean replayed) {
        return confirmation.data("authority", authority).data("reference", reference)
                .data("receivedOn", receivedAt.atZone(zone).toLocalDate().format(DAY)).data("dueOn", dueOn)
                .data("trackingPath", trackingPath).data("trackingUrl", trackingUrl).data("replayed", replayed);
    }

    /** The form again, timed afresh, with nothing kept: it came back sooner than a person could have filled it in. */
    private Response tooSoon(PortalForm posted) {
        return Response.status(400).entity(formPage(posted, Map.of("name",
                "Check your answers, then press Continue again"), timer.stamp())).build();
    }

    private TemplateInstance formPage(PortalForm values, Map<String, String> fieldErrors, String shownAt) {
        List<QuestionField> questionFields = new ArrayList<>();
        for (int i = 0; i < values.questions().size(); i++) {
            questionFields.add(new QuestionField(i + 1, values.questions().get(i),
                    fieldErrors.get("question-" + (i + 1))));
        }
        List<ErrorLink> errorList = new ArrayList<>();
        for (String anchor : anchorOrder(values.questions().size())) {
            if (fieldErrors.containsKey(anchor)) {
                errorList.add(new ErrorLink(anchor, fieldErrors.get(anchor)));
            }
        }
        return form.data("authority", authority).data("form", values).data("fieldErrors", fieldErrors)
                .data("errorList", errorList).data("questionFields", questionFields).data("formats", FORMATS)
                .data("canAdd", values.questions().size() < maxQuestions).data("maxAddressLines", maxAddressLines)
                .data("shownAt", shownAt == null ? timer.stamp() : shownAt);
    }

    /** The postal address as it will be kept (and printed): one entry a line, for check your answers. */
    private static List<String> addressLines(PortalForm values) {
        String kept = org.foiplatform.intake.domain.ValidRequestPolicy.postalAddressToKeep(toSubmission(values));
        return kept == null ? List.of() : List.of(kept.split("\n"));
    }

    private static List<String> anchorOrder(int questions) {
        List<String> order = new ArrayList<>(List.of("name", "email", "replyBy", "postalAddress", "organisation",
                "title"));
        for (int i = 1; i <= Math.max(1, questions); i++) {
            order.add("question-" + i);
        }
        order.addAll(List.of("preferredFormat", "consent"));
        return order;
    }

    /** Every mistake at once, keyed by the anchor of the field on the page. */
    private Map<String, String> check(PortalForm values) {
        Map<String, String> errors = new LinkedHashMap<>(anchored(submitRequest.check(toSubmission(values))));
        if (values.title() == null || values.title().isBlank()) {
            errors.putIfAbsent("title", "Enter a short title for your request");
        }
        if (values.preferredFormat() == null || values.preferredFormat().isBlank()) {
            errors.putIfAbsent("preferredFormat", "Choose how you would like the information");
        }
        if (!"yes".equals(values.consent()) && !"no".equals(values.consent())) {
            errors.putIfAbsent("consent", "Choose whether we may publish our answer in the disclosure log");
        }
        return errors;
    }

    private static Submission toSubmission(PortalForm values) {
        // No question at all is "enter your request", not "question 1 is empty".
        List<String> questions = values.questions().stream().allMatch(q -> q == null || q.isBlank()) ? List.of()
                : values.questions();
        return new Submission(values.name(), values.email(), questions, null, values.organisation(),
                values.title(), values.preferredFormat(), "yes".equals(values.consent()),
                values.byPost() ? "POST" : "EMAIL", values.byPost() ? values.postalAddress() : null);
    }

    /** The domain names fields as the API does; the page names them by the id of their box. */
    static Map<String, String> anchored(List<Violation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : violations) {
            String field = v.field();
            String reason = v.reason();
            String anchor;
            if (field.equals("requester.name")) {
                anchor = "name";
            } else if (field.equals("requester.email")) {
                anchor = "email";
            } else if (field.equals("requester.organisation")) {
                anchor = "organisation";
            } else if (field.equals("requester.postalAddress")) {
                anchor = "postalAddress";
            } else if (field.equals("requester.replyBy")) {
                anchor = "replyBy";
            } else if (field.equals("questions")) {
                anchor = "question-1";
                if (reason.equals("Enter at least one question")) {
                    reason = "Enter your request: what information do you want?";
                }
            } else if (field.startsWith("questions[")) {
                int number = Integer.parseInt(field.substring("questions[".length(), field.indexOf(']'))) + 1;
                anchor = "question-" + number;
                reason = reason.replace("the question", "question " + number)
                        .replace("Question must", "Question " + number + " must");
            } else {
                anchor = field;
            }
            errors.putIfAbsent(anchor, reason);
        }
        return errors;
    }
}
