package org.foiplatform.assessment.infrastructure.web;

import java.net.URI;
import java.time.LocalDate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.foiplatform.assessment.application.ChangeCaseClock;
import org.foiplatform.assessment.application.Clocks;
import org.foiplatform.assessment.application.CostLimits;
import org.foiplatform.assessment.application.DecideReview;
import org.foiplatform.assessment.application.DraftDecision;
import org.foiplatform.assessment.application.FindCase;
import org.foiplatform.assessment.application.FindRelatedRequests;
import org.foiplatform.assessment.application.ManageTeams;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.application.PreviewDecision;
import org.foiplatform.assessment.application.WorkCase;
import org.foiplatform.assessment.domain.CalendarNotCoveredException;
import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.ClockEvent;
import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.DecisionRules;
import org.foiplatform.assessment.domain.FourEyesException;
import org.foiplatform.assessment.domain.IllegalTransitionException;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.InvalidClockActionException;
import org.foiplatform.assessment.domain.InvalidDecisionException;
import org.foiplatform.assessment.domain.Outcome;
import org.foiplatform.assessment.domain.QuestionDecision;
import org.foiplatform.assessment.domain.Regime;
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
    private static final Pattern QUESTION_INDEX = Pattern.compile("outcomes\\[(\\d+)]");

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
    private final CostLimits costLimits;
    private final ChangeCaseClock changeClock;
    private final DecideReview decideReview;
    private final FindRelatedRequests related;
    private final ManageTeams teams;

    public CasePages(@Location("dashboard/case.html") Template casePage, Pages pages, SecurityIdentity identity,
            Clocks clocks, FindCase findCase, DraftDecision draftDecision,
            ApproveDecision approveDecision, PreviewDecision previewDecision, WorkCase workCase,
            LetterPreviews previews, CostLimits costLimits, ChangeCaseClock changeClock, DecideReview decideReview,
            FindRelatedRequests related, ManageTeams teams) {
        this.related = related;
        this.teams = teams;
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
        this.costLimits = costLimits;
        this.changeClock = changeClock;
        this.decideReview = decideReview;
    }

    /** A choice in a select. */
    public record Option(String value, String label, boolean selected) {
    }

    // The case

    public record ErrorLink(String anchor, String message) {
    }

    public record TimelineItem(String what, String detail, String actor, String when, String iso) {
    }

    public record CaseModel(String reference, String regime, String law, String status, String received,
            String due, List<String> dueNotes, String requester, String team, String assignee, String draftedBy,
            String approvedBy, boolean awaitingApproval, boolean canDraft, boolean canApprove, boolean drafterIsMe,
            List<TimelineItem> timeline, String costProvision, String costRate, String adviceHint) {
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
        String action = DecisionForm.action(form);
        if (action.startsWith("add-") || action.equals("refresh")) {
            // "Add another exemption", "Add a cost line": the same form with one more row, nothing checked or stored.
            return render(200, c, forms(c, form, Map.of()), List.of(), null, null, null);
        }
        if (action.equals("total")) {
            return totals(c, form);
        }
        List<QuestionDecision> decisions = DecisionForm.decisions(c, form);
        boolean submit = "submit".equals(action);
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

    /**
     * "Work out the total": each question's cost lines worked out by {@link CostLimits} against the regime's limit
     * (FOIA s.12 and the Fees Regulations), the lines it cannot count named. Nothing is stored.
     */
    private Response totals(InformationCase c, MultivaluedMap<String, String> form) {
        List<DecisionForm.FieldError> problems = new ArrayList<>();
        if (costLimits.of(c.regime()).isEmpty()) {
            problems.add(new DecisionForm.FieldError("outcome-" + c.questions().get(0).number(), c.regime()
                    + " has no cost limit: a burdensome request is manifestly unreasonable"));
        }
        java.util.Set<String> aggregable = costLimits.of(c.regime()).isPresent() ? related.aggregable(c)
                : java.util.Set.of();
        for (int i = 0; i < c.questions().size() && costLimits.of(c.regime()).isPresent(); i++) {
            int n = c.questions().get(i).number();
            List<CostLimit.Item> items = DecisionForm.items(form, n);
            if (items == null) {
                continue;
            }
            try {
                costLimits.estimate(c.regime(), items, "outcomes[" + i + "].costEstimate", aggregable);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(DecisionForm.fieldOf(p, c, form)));
            }
        }
        Map<String, String> byField = DecisionForm.byField(problems);
        List<ErrorLink> errors = new ArrayList<>();
        byField.forEach((id, message) -> errors.add(new ErrorLink(DecisionForm.anchor(id), message)));
        return render(errors.isEmpty() ? 200 : 400, c, forms(c, form, byField), errors, null, null, null);
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

    /**
     * A clock action (the form named by the hidden field {@code form}: clarification, clarified, fees, paid or extend),
     * recorded by {@link ChangeCaseClock} as the API records it; the law's refusals come back at their field.
     */
    @POST
    @Path("/cases/{reference}/clock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clock(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, OFFICER);
        InformationCase c = find(reference);
        String name = value(form, "form");
        ClockEvent.Kind kind = CaseActions.CLOCK.get(name);
        if (kind == null) {
            return actionRefused(400, c, form, "Choose one of the actions on the page");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate on = CaseActions.date(form, name + "-on");
        if (on == null) {
            problems.put(name + "-on", "Give a real date, for example 27 11 2026");
        }
        int amount = 0;
        String text = switch (kind) {
            case CLARIFICATION_REQUESTED -> blankToNull(form.getFirst("clarification-question"));
            case FEES_NOTICE_GIVEN -> blankToNull(form.getFirst("fees-calculation"));
            case EXTENDED -> blankToNull(form.getFirst("extend-reason"));
            default -> null;
        };
        if (kind == ClockEvent.Kind.FEES_NOTICE_GIVEN) {
            Integer pence = CaseActions.feePence(value(form, "fees-fee"));
            if (pence == null) {
                problems.put("fees-fee", "Give the fee in pounds and pence, above zero and at most 100000");
            } else {
                amount = pence;
            }
        }
        if (kind == ClockEvent.Kind.EXTENDED && c.regime().extension() != Regime.Extension.COMPLEX_AND_VOLUMINOUS) {
            try {
                amount = Integer.parseInt(value(form, "extend-days").strip());
            } catch (NumberFormatException e) {
                amount = -1;
            }
            if (amount < 1) {
                problems.put("extend-days", "Give a whole number of 1 or more");
            }
        }
        if (!problems.isEmpty()) {
            return actionInvalid(c, form, problems);
        }
        try {
            changeClock.record(reference, new ClockEvent(kind, on, amount, text), identity.getPrincipal().getName());
        } catch (InvalidClockActionException e) {
            e.problems().forEach(p -> problems.putIfAbsent(CaseActions.fieldOf(name, p.field()), p.reason()));
            return actionInvalid(c, form, problems);
        } catch (IllegalTransitionException e) {
            return actionRefused(409, c, form, "This cannot be done while the case is "
                    + Pages.status(c.status()).toLowerCase(java.util.Locale.UK));
        } catch (CalendarNotCoveredException e) {
            return actionRefused(409, c, form, "The bank-holiday calendar does not cover the new due date yet");
        } catch (OptimisticLockException e) {
            return actionRefused(409, c, form, "Someone else changed this case at the same time: try again");
        }
        return seeOther(reference, name);
    }

    /** The request handled under another regime, as the API does it ({@link ChangeCaseClock#changeRegime}). */
    @POST
    @Path("/cases/{reference}/regime")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regime(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, OFFICER);
        InformationCase c = find(reference);
        form.putSingle("form", "regime");
        Regime to = Regime.named(form.getFirst("regime-to")).orElse(null);
        if (to == null) {
            return actionInvalid(c, form, Map.of("regime-to", "Choose the regime to handle the request under"));
        }
        try {
            changeClock.changeRegime(reference, to, form.getFirst("regime-reason"), identity.getPrincipal().getName());
        } catch (InvalidClockActionException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.problems().forEach(p -> problems.putIfAbsent(CaseActions.fieldOf("regime", p.field()), p.reason()));
            return actionInvalid(c, form, problems);
        } catch (IllegalTransitionException e) {
            return actionRefused(409, c, form, "The regime cannot be changed while the case is "
                    + Pages.status(c.status()).toLowerCase(java.util.Locale.UK));
        } catch (CalendarNotCoveredException e) {
            return actionRefused(409, c, form, "The bank-holiday calendar does not cover the new due date yet");
        } catch (OptimisticLockException e) {
            return actionRefused(409, c, form, "Someone else changed this case at the same time: try again");
        }
        return seeOther(reference, "regime");
    }

    /** The case given to a team and an officer ({@link WorkCase#assign}: CaseAssigned tells them). */
    @POST
    @Path("/cases/{reference}/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, OFFICER);
        InformationCase c = find(reference);
        form.putSingle("form", "assign");
        try {
            workCase.assign(reference, blankToNull(form.getFirst("assign-team")),
                    blankToNull(form.getFirst("assign-officer")), identity.getPrincipal().getName());
        } catch (InvalidDecisionException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.problems().forEach(p -> problems.putIfAbsent(CaseActions.fieldOf("assign", p.field()), p.reason()));
            return actionInvalid(c, form, problems);
        } catch (InvalidInputException e) {
            // A team that is not on the admins' list (ManageTeams).
            Map<String, String> problems = new LinkedHashMap<>();
            e.problems().forEach(p -> problems.putIfAbsent(CaseActions.fieldOf("assign", p.field()), p.reason()));
            return actionInvalid(c, form, problems);
        } catch (IllegalTransitionException e) {
            return actionRefused(409, c, form, "The case cannot be assigned while it is "
                    + Pages.status(c.status()).toLowerCase(java.util.Locale.UK));
        } catch (OptimisticLockException e) {
            return actionRefused(409, c, form, "Someone else changed this case at the same time: try again");
        }
        return seeOther(reference, "assigned");
    }

    /**
     * The requester withdrew the request by other means (a call, a letter), as the officer records it
     * ({@link WorkCase#recordWithdrawal}: WithdrawalRecorded tells intake's tracking page).
     */
    @POST
    @Path("/cases/{reference}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, OFFICER);
        InformationCase c = find(reference);
        form.putSingle("form", "withdraw");
        try {
            workCase.recordWithdrawal(reference, form.getFirst("withdraw-reason"), identity.getPrincipal().getName());
        } catch (InvalidDecisionException e) {
            return actionInvalid(c, form, Map.of("withdraw-reason", e.problems().get(0).reason()));
        } catch (IllegalTransitionException e) {
            return actionRefused(409, c, form, "The request cannot be withdrawn while it is "
                    + Pages.status(c.status()).toLowerCase(java.util.Locale.UK));
        } catch (OptimisticLockException e) {
            return actionRefused(409, c, form, "Someone else changed this case at the same time: try again");
        }
        return seeOther(reference, "withdrawn");
    }

    /**
     * The internal review decided, question by question ({@link DecideReview}, as the API): upheld, partly overturned
     * or overturned, with reasons. An officer who drafted or approved the decision under review is refused (403).
     */
    @POST
    @Path("/cases/{reference}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, OFFICER);
        InformationCase c = find(reference);
        form.putSingle("form", "review");
        try {
            decideReview.decide(reference, ReviewForm.findings(c, form), identity.getPrincipal().getName());
        } catch (InvalidDecisionException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.problems().forEach(p -> problems.putIfAbsent(ReviewForm.fieldOf(c, p.field()), p.reason()));
            return actionInvalid(c, form, problems);
        } catch (FourEyesException e) {
            return actionRefused(403, c, form, e.getMessage());
        } catch (IllegalTransitionException e) {
            return actionRefused(409, c, form, "No internal review is open on this case");
        } catch (OptimisticLockException e) {
            return actionRefused(409, c, form, "Someone else changed this case at the same time: try again");
        }
        return seeOther(reference, "reviewed");
    }

    /**
     * A FOIA internal review given 40 working days in all, in an exceptional case, once, with the reason
     * ({@link DecideReview#extend}; the Code of Practice para 5.4; the EIR's and FOISA's times are the law's).
     */
    @POST
    @Path("/cases/{reference}/review/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extendReview(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        Pages.require(identity, OFFICER);
        InformationCase c = find(reference);
        form.putSingle("form", "review-extension");
        try {
            decideReview.extend(reference, form.getFirst("review-reason"), identity.getPrincipal().getName());
        } catch (InvalidClockActionException e) {
            return actionInvalid(c, form, Map.of("review-reason", e.problems().get(0).reason()));
        } catch (IllegalTransitionException e) {
            return actionRefused(409, c, form, "No internal review is open on this case");
        } catch (CalendarNotCoveredException e) {
            return actionRefused(409, c, form, "The bank-holiday calendar does not cover the new due date yet");
        } catch (OptimisticLockException e) {
            return actionRefused(409, c, form, "Someone else changed this case at the same time: try again");
        }
        return seeOther(reference, "review-extended");
    }

    private Response actionInvalid(InformationCase c, MultivaluedMap<String, String> form, Map<String, String> problems) {
        List<ErrorLink> errors = new ArrayList<>();
        problems.forEach((field, message) -> errors.add(new ErrorLink(CaseActions.anchor(field), message)));
        return render(400, c, forms(c, null, Map.of()), errors, null, null, problems, form);
    }

    private Response actionRefused(int status, InformationCase c, MultivaluedMap<String, String> form, String message) {
        return render(status, c, forms(c, null, Map.of()), List.of(new ErrorLink("#actions", message)), null,
                null, null, form);
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
            case "withdrawn" -> "The withdrawal is recorded: the case is closed and the requester's tracking page says so";
            case "clarification" -> "The clarification was asked for: the clock is stopped until the answer arrives";
            case "clarified" -> "The clarification is recorded: the clock started again";
            case "fees" -> "The fees notice is recorded: the clock is stopped until the fee is paid";
            case "paid" -> "The fee is recorded: the clock started again";
            case "extend" -> "The extension is recorded: the due date is moved";
            case "regime" -> "The request is now handled under another regime: the due date follows its clock";
            case "assigned" -> "The case is assigned";
            case "review-extended" -> "The review is given 40 working days in all: the new due date is below";
            case "reviewed" -> "The internal review is decided: the requester will be sent its outcome";
            default -> null;
        };
    }

    private Response refused(int status, InformationCase c, MultivaluedMap<String, String> form, String message) {
        return render(status, c, forms(c, form, Map.of()), List.of(new ErrorLink("#actions", message)), null, null,
                null);
    }

    private Response invalid(InformationCase c, MultivaluedMap<String, String> form, List<DecisionProblem> problems) {
        List<DecisionForm.FieldError> fields = new ArrayList<>();
        for (DecisionProblem p : problems) {
            DecisionForm.FieldError field = DecisionForm.fieldOf(p, c, form);
            Matcher m = QUESTION_INDEX.matcher(p.field());
            int index = m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
            fields.add(index >= 0 && index < c.questions().size() ? new DecisionForm.FieldError(field.id(),
                    "Question " + c.questions().get(index).number() + ": " + p.reason()) : field);
        }
        Map<String, String> byField = DecisionForm.byField(fields);
        List<ErrorLink> errors = new ArrayList<>();
        byField.forEach((id, message) -> errors.add(new ErrorLink(DecisionForm.anchor(id), message)));
        return render(400, c, forms(c, form, byField), errors, null, null, null);
    }

    /**
     * Each question's form: what was sent, or else the stored draft, with the estimate of every question whose cost
     * lines can be worked out.
     */
    private List<DecisionForm.QuestionForm> forms(InformationCase c, MultivaluedMap<String, String> form,
            Map<String, String> errors) {
        Optional<CostLimit> limit = costLimits.of(c.regime());
        java.util.Set<String> aggregable = limit.isPresent() ? related.aggregable(c) : java.util.Set.of();
        Map<Integer, CostLimit.Estimate> totals = new HashMap<>();
        if (form != null && limit.isPresent()) {
            for (CaseQuestion q : c.questions()) {
                List<CostLimit.Item> items = DecisionForm.items(form, q.number());
                if (items != null && limit.get().check(items, aggregable).isEmpty()) {
                    totals.put(q.number(), costLimits.estimate(c.regime(), items, "costEstimate", aggregable));
                }
            }
        }
        return DecisionForm.forms(c, form, errors, limit, totals, aggregable);
    }

    /** A request intake found alike, as the case page lists it. */
    public record RelatedRow(String reference, String received, int percent, String who, String costLimit) {
    }

    /** What intake found: the requests that look like this one, and the law its words suggest. */
    public record Related(List<RelatedRow> rows, String hintRegime, String hintWords, String hintAdvice) {
        public boolean any() {
            return !rows.isEmpty() || hintRegime != null;
        }
    }

    private Related related(InformationCase c) {
        FindRelatedRequests.Findings found = related.of(c);
        boolean costLimit = costLimits.of(c.regime()).isPresent();
        List<RelatedRow> rows = found.requests().stream().map(r -> new RelatedRow(r.reference(),
                Pages.day(r.receivedOn()) + (r.later() ? " (after this one)" : ""), r.percent(),
                r.sameRequester() ? "The same requester: it may be a repeated request (s.14(2))"
                        : "Another requester: it may be a round-robin or campaign request",
                !costLimit ? "No cost limit under " + c.regime().name()
                        : found.aggregable().contains(r.reference())
                                ? "May be added to the cost estimate (Fees Regulations reg 5)"
                                : c.regime() == Regime.FOIA ? "Not within 60 working days: cannot be added"
                                        : "Cannot be added under " + c.regime().name())).toList();
        return found.regimeHint().map(h -> new Related(rows, h.regime().name(), String.join(", ", h.because()),
                h.regime() == Regime.SAR ? "A request for the requester's own personal data is a subject access request"
                        : "Environmental information is requested under the " + h.regime().law()))
                .orElse(new Related(rows, null, null, null));
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

    private Response render(int status, InformationCase c, List<DecisionForm.QuestionForm> questions, List<ErrorLink> errors,
            LetterPreviews.Preview letter, String notice, Map<String, String> fieldErrors) {
        return render(status, c, questions, errors, letter, notice, fieldErrors, null);
    }

    /** The case page; {@code actionForm} is an action's form as sent, shown again with its errors. */
    private Response render(int status, InformationCase c, List<DecisionForm.QuestionForm> questions,
            List<ErrorLink> errors, LetterPreviews.Preview letter, String notice, Map<String, String> fieldErrors,
            MultivaluedMap<String, String> actionForm) {
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
                awaiting && identity.hasRole(APPROVER), me.equals(c.decision().draftedBy()), timeline,
                c.regime() == Regime.FOISA ? "FOISA s.12" : "FOIA s.12", costLimits.of(c.regime()).map(l ->
                        DecisionRules.pounds(l.pencePerHour()) + " an hour, up to " + l.limitHours().toPlainString()
                                + " hours (" + DecisionRules.pounds(l.limitPence()) + ")").orElse(""),
                "Needed with a refusal on cost (" + (c.regime() == Regime.FOISA ? "FOISA s.15" : "FOIA s.16")
                        + "): how the request could be narrowed to come within the limit");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("comments", "");
        fields.put("note", "");
        if (fieldErrors != null) {
            fields.putAll(fieldErrors);
        }
        TemplateInstance page = pages.page(casePage, identity).data("c", model).data("questions", questions).data("errors", errors).data("preview", letter).data("notice", notice)
                .data("fieldErrors", fields).data("allowed", CaseActions.Allowed.of(c))
                .data("actions", CaseActions.Values.of(c, actionForm, pages.today()))
                .data("review", ReviewForm.of(c, me, actionForm != null && "review".equals(actionForm.getFirst("form"))
                        ? actionForm : null, fields))
                .data("related", related(c)).data("teams", teams.teams());
        return Pages.html(status, page);
    }

    // Helpers

    private static String value(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
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
