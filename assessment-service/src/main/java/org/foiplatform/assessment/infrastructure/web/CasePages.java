package org.foiplatform.assessment.infrastructure.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.ApproveDecision;
import org.foiplatform.assessment.application.CaseNotFoundException;
import org.foiplatform.assessment.application.Clocks;
import org.foiplatform.assessment.application.DraftDecision;
import org.foiplatform.assessment.application.FindCase;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.application.PreviewDecision;
import org.foiplatform.assessment.application.WorkCase;
import org.foiplatform.assessment.domain.CalendarNotCoveredException;
import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.CitedExemption;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.FourEyesException;
import org.foiplatform.assessment.domain.IllegalTransitionException;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.InvalidDecisionException;
import org.foiplatform.assessment.domain.Outcome;
import org.foiplatform.assessment.domain.QuestionDecision;
import org.foiplatform.contracts.events.DecisionApprovedV2;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The officers' case page, where each question is decided, the letter previewed, and the draft approved or returned
 * by a second officer (the queue is {@link QueuePages}). Every action is a form posting to the
 * same use cases the API calls; every page works without JavaScript.
 */
@Path("/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    static final String OFFICER = "officer";
    static final String APPROVER = "approver";
    private static final Pattern OUTCOME_FIELD = Pattern.compile("outcomes\\[(\\d+)]\\.?([A-Za-z]*)(.*)");

    private final Template casePage;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Clocks clocks;
    private final FindCase findCase;
    private final DraftDecision draftDecision;
    private final ApproveDecision approveDecision;
    private final PreviewDecision previewDecision;
    private final WorkCase workCase;
    private final LetterPreviews previews;

    public CasePages(@Location("dashboard/case.html") Template casePage, Pages pages, SecurityIdentity identity,
            Clocks clocks, FindCase findCase, DraftDecision draftDecision,
            ApproveDecision approveDecision, PreviewDecision previewDecision, WorkCase workCase,
            LetterPreviews previews) {
        this.casePage = casePage;
        this.pages = pages;
        this.identity = identity;
        this.clocks = clocks;
        this.findCase = findCase;
        this.draftDecision = draftDecision;
        this.approveDecision = approveDecision;
        this.previewDecision = previewDecision;
        this.workCase = workCase;
        this.previews = previews;
    }

    /** A choice in a select. */
    public record Option(String value, String label, boolean selected) {
    }

    // The case

    public record ErrorLink(String anchor, String message) {
    }

    public record QuestionForm(int number, String text, String decided, String outcome, String answer, String advice,
            String provision, String reason, String availableAt, List<Option> outcomes, String outcomeError,
            String answerError, String adviceError, String exemptionError) {
    }

    public record TimelineItem(String what, String detail, String actor, String when, String iso) {
    }

    public record CaseModel(String reference, String regime, String law, String status, String received,
            String due, List<String> dueNotes, String requester, String team, String assignee, String draftedBy,
            String approvedBy, boolean awaitingApproval, boolean canDraft, boolean canApprove, boolean drafterIsMe,
            List<TimelineItem> timeline) {
    }

    @GET
    @Path("/cases/{reference}")
    public Response casePage(@PathParam("reference") String reference, @QueryParam("preview") String preview,
            @QueryParam("done") String done) {
        Pages.require(identity, OFFICER);
        InformationCase c = find(reference);
        LetterPreviews.Preview letter = null;
        if ("yes".equals(preview) && c.status() == CaseStatus.AWAITING_APPROVAL) {
            letter = previews.of(previewDecision.ofStoredDraft(reference), identity);
        }
        return render(200, c, forms(c, null, Map.of()), List.of(), letter, notice(done), null);
    }

    @POST
    @Path("/cases/{reference}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, OFFICER);
        InformationCase c = find(reference);
        String me = identity.getPrincipal().getName();
        List<QuestionDecision> decisions = decisions(c, form);
        boolean submit = "submit".equals(form.getFirst("action"));
        LetterPreviews.Preview letter;
        try {
            DecisionApprovedV2 payload = previewDecision.ofDraft(reference, decisions, me);
            letter = previews.of(payload, identity);
        } catch (InvalidDecisionException e) {
            return invalid(c, form, e.problems());
        } catch (IllegalTransitionException e) {
            return refused(409, c, form, "A decision cannot be drafted while the case is "
                    + Pages.status(c.status()).toLowerCase(java.util.Locale.UK));
        }
        if (!submit) {
            return render(200, c, forms(c, form, Map.of()), List.of(), letter, null, null);
        }
        if (letter.available() && letter.blocked()) {
            List<ErrorLink> errors = letter.findings().stream().filter(LetterPreviews.Finding::blocking)
                    .map(f -> new ErrorLink("#letter-preview", "The letter cannot be sent: " + f.message()))
                    .toList();
            return render(422, c, forms(c, form, Map.of()), errors.isEmpty()
                    ? List.of(new ErrorLink("#letter-preview", "The letter cannot be sent as it stands"))
                    : errors, letter, null, null);
        }
        try {
            draftDecision.draft(reference, decisions, me);
        } catch (InvalidDecisionException e) {
            return invalid(c, form, e.problems());
        } catch (IllegalTransitionException e) {
            return refused(409, c, form, "A decision cannot be drafted at this stage of the case");
        } catch (OptimisticLockException e) {
            return refused(409, c, form, "Someone else changed this case at the same time: submit it again");
        }
        return seeOther(reference, letter.available() ? "drafted" : "drafted-without-preview");
    }

    @POST
    @Path("/cases/{reference}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approval(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, APPROVER);
        String me = identity.getPrincipal().getName();
        boolean approve = "approve".equals(form.getFirst("decision"));
        try {
            if (approve) {
                approveDecision.approve(reference, me);
            } else {
                approveDecision.returnToOfficer(reference, me, form.getFirst("comments"));
            }
        } catch (FourEyesException e) {
            return refused(403, find(reference), null, approve
                    ? "You drafted this decision, so another approver must approve it"
                    : "You drafted this decision, so another approver must return it");
        } catch (InvalidDecisionException e) {
            InformationCase c = find(reference);
            return render(400, c, forms(c, null, Map.of()), List.of(new ErrorLink("#comments",
                    "Say what the officer should change, in at most 2,000 characters")), null, null,
                    Map.of("comments", "Say what the officer should change, in at most 2,000 characters"));
        } catch (IllegalTransitionException e) {
            return refused(409, find(reference), null, "No draft decision is waiting for approval");
        } catch (OptimisticLockException e) {
            return refused(409, find(reference), null, "Someone else changed this case at the same time: try again");
        }
        return seeOther(reference, approve ? "approved" : "returned");
    }

    @POST
    @Path("/cases/{reference}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, OFFICER);
        try {
            workCase.note(reference, form.getFirst("note"), identity.getPrincipal().getName());
        } catch (InvalidInputException | InvalidDecisionException e) {
            InformationCase c = find(reference);
            String message = "Write a note of at most 5,000 characters";
            return render(400, c, forms(c, null, Map.of()), List.of(new ErrorLink("#note", message)), null, null,
                    Map.of("note", message));
        }
        return seeOther(reference, "noted");
    }

    private InformationCase find(String reference) {
        try {
            return findCase.byReference(reference);
        } catch (CaseNotFoundException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private static Response seeOther(String reference, String done) {
        return Response.seeOther(URI.create("/dashboard/cases/" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                + "?done=" + done)).build();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "drafted" -> "The decision is waiting for approval by a second officer";
            case "drafted-without-preview" -> "The decision is waiting for approval by a second officer. The letter "
                    + "could not be previewed: the approver should preview it before approving";
            case "approved" -> "The decision is approved: the letter will be sent to the requester";
            case "returned" -> "The decision was returned to the officer with your comments";
            case "noted" -> "Your note is on the timeline";
            default -> null;
        };
    }

    private Response refused(int status, InformationCase c, MultivaluedMap<String, String> form, String message) {
        return render(status, c, forms(c, form, Map.of()), List.of(new ErrorLink("#actions", message)), null, null,
                null);
    }

    private Response invalid(InformationCase c, MultivaluedMap<String, String> form, List<DecisionProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<ErrorLink> errors = new ArrayList<>();
        List<CaseQuestion> questions = c.questions();
        for (DecisionProblem p : problems) {
            Matcher m = OUTCOME_FIELD.matcher(p.field());
            int number = questions.get(0).number();
            String field = "outcome";
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                if (index < questions.size()) {
                    number = questions.get(index).number();
                }
                field = switch (m.group(2)) {
                    case "answer" -> "answer";
                    case "advice" -> "advice";
                    case "exemptions", "publicInterest" -> "provision";
                    default -> "outcome";
                };
            }
            String key = field + "-" + number;
            String message = "Question " + number + ": " + p.reason()
                    + (p.field().contains("costEstimate") ? " (a refusal on cost needs its estimate, which these"
                            + " pages cannot enter yet: use the API)" : "")
                    + (p.field().contains("publicInterest") ? " (the public interest test cannot be entered on these"
                            + " pages yet: use the API)" : "");
            if (byField.putIfAbsent(key, message) == null) {
                errors.add(new ErrorLink("#" + key, message));
            }
        }
        return render(400, c, forms(c, form, byField), errors, null, null, null);
    }

    /** The decision as the form gives it, one per question in order. */
    private static List<QuestionDecision> decisions(InformationCase c, MultivaluedMap<String, String> form) {
        List<QuestionDecision> decisions = new ArrayList<>();
        for (CaseQuestion q : c.questions()) {
            int n = q.number();
            Outcome outcome = enumOrNull(Outcome.class, form.getFirst("outcome-" + n));
            String provision = blankToNull(form.getFirst("provision-" + n));
            List<CitedExemption> exemptions = provision == null ? List.of()
                    : List.of(new CitedExemption(provision, blankToNull(form.getFirst("reason-" + n)),
                            blankToNull(form.getFirst("availableAt-" + n)), null));
            decisions.add(new QuestionDecision(n, outcome, form.getFirst("answer-" + n), exemptions, null,
                    blankToNull(form.getFirst("advice-" + n))));
        }
        return decisions;
    }

    /** Each question's form: what was sent, or else the stored draft. */
    private static List<QuestionForm> forms(InformationCase c, MultivaluedMap<String, String> form,
            Map<String, String> errors) {
        List<QuestionForm> forms = new ArrayList<>();
        for (CaseQuestion q : c.questions()) {
            int n = q.number();
            CitedExemption first = q.exemptions().isEmpty() ? null : q.exemptions().get(0);
            String outcome = form != null ? value(form, "outcome-" + n) : q.outcome() == null ? "" : q.outcome().name();
            List<Option> options = new ArrayList<>();
            options.add(new Option("", "Choose an outcome", outcome.isEmpty()));
            for (Outcome o : Outcome.values()) {
                options.add(new Option(o.name(), outcome(o), o.name().equals(outcome)));
            }
            forms.add(new QuestionForm(n, q.text(), q.outcome() == null ? "Not decided yet" : outcome(q.outcome()),
                    outcome,
                    form != null ? value(form, "answer-" + n) : nullToEmpty(q.answer()),
                    form != null ? value(form, "advice-" + n) : nullToEmpty(q.advice()),
                    form != null ? value(form, "provision-" + n) : first == null ? "" : first.provision(),
                    form != null ? value(form, "reason-" + n) : first == null ? "" : nullToEmpty(first.reason()),
                    form != null ? value(form, "availableAt-" + n)
                            : first == null ? "" : nullToEmpty(first.availableAt()),
                    options, errors.get("outcome-" + n), errors.get("answer-" + n), errors.get("advice-" + n),
                    errors.get("provision-" + n)));
        }
        return forms;
    }

    static String outcome(Outcome o) {
        return switch (o) {
            case INFORMATION_PROVIDED -> "Information provided";
            case PARTLY_PROVIDED -> "Partly provided, the rest withheld under an exemption";
            case NOT_HELD -> "Not held";
            case EXEMPT -> "Withheld under an exemption";
            case NEITHER_CONFIRM_NOR_DENY -> "Neither confirmed nor denied";
            case COST_LIMIT -> "Refused: over the cost limit";
            case VEXATIOUS -> "Refused: vexatious or manifestly unreasonable";
            case REPEATED -> "Refused: a repeated request";
        };
    }

    private Response render(int status, InformationCase c, List<QuestionForm> questions, List<ErrorLink> errors,
            LetterPreviews.Preview letter, String notice, Map<String, String> fieldErrors) {
        String me = identity.getPrincipal().getName();
        List<String> dueNotes = List.of();
        if (c.status().isOpen()) {
            try {
                dueNotes = c.deadline(clocks.current().clock()).notes();
            } catch (CalendarNotCoveredException e) {
                dueNotes = List.of("The bank-holiday calendar does not cover the due date yet.");
            }
        }
        List<TimelineItem> timeline = new ArrayList<>();
        c.timeline().forEach(t -> timeline.add(new TimelineItem(t.what(), t.detail(), t.actor(),
                pages.moment(t.at()), t.at().toString())));
        java.util.Collections.reverse(timeline);
        boolean awaiting = c.status() == CaseStatus.AWAITING_APPROVAL;
        CaseModel model = new CaseModel(c.reference(), c.regime().name(), c.regime().law(), Pages.status(c.status()),
                Pages.day(c.receivedOn()), c.dueDate() == null ? "None while the clock is stopped" : Pages.day(c.dueDate()),
                dueNotes, c.requesterName(), c.assignment().team(), c.assignment().officer(),
                c.decision().draftedBy(), c.decision().approvedBy(), awaiting,
                (c.status() == CaseStatus.OPEN || awaiting) && identity.hasRole(OFFICER),
                awaiting && identity.hasRole(APPROVER), me.equals(c.decision().draftedBy()), timeline);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("comments", "");
        fields.put("note", "");
        if (fieldErrors != null) {
            fields.putAll(fieldErrors);
        }
        TemplateInstance page = pages.page(casePage, identity).data("c", model).data("questions", questions).data("errors", errors).data("preview", letter).data("notice", notice)
                .data("fieldErrors", fields);
        return Pages.html(status, page);
    }

    // Helpers

    private static String value(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
