package org.foiplatform.assessment.infrastructure.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.assessment.application.ApproveDecision;
import org.foiplatform.assessment.application.CaseQueue;
import org.foiplatform.assessment.application.ChangeCaseClock;
import org.foiplatform.assessment.application.WorkCase;
import org.foiplatform.assessment.application.DraftDecision;
import org.foiplatform.assessment.application.Clocks;
import org.foiplatform.assessment.application.FindCase;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.domain.ClockEvent;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.QuestionDecision;
import org.foiplatform.assessment.domain.Regime;

import io.quarkus.security.identity.SecurityIdentity;

/** The officer API for cases. Every endpoint needs the officer role; approving a decision needs the approver role. */
@Path("/api/cases")
@RolesAllowed("officer")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final String CLOCK_REFUSED = "The clock could not be changed";

    private final FindCase findCase;
    private final DraftDecision draftDecision;
    private final ApproveDecision approveDecision;
    private final ChangeCaseClock changeClock;
    private final Clocks clocks;
    private final WorkCase workCase;
    private final org.foiplatform.assessment.application.DecideReview decideReview;
    private final CaseQueue queue;
    private final String zone;
    private final SecurityIdentity identity;

    public CaseResource(FindCase findCase, DraftDecision draftDecision, ApproveDecision approveDecision,
            ChangeCaseClock changeClock, Clocks clocks, WorkCase workCase,
            org.foiplatform.assessment.application.DecideReview decideReview, CaseQueue queue,
            org.foiplatform.assessment.application.AssessmentConfig config, SecurityIdentity identity) {
        this.workCase = workCase;
        this.decideReview = decideReview;
        this.queue = queue;
        this.zone = config.zone();
        this.findCase = findCase;
        this.draftDecision = draftDecision;
        this.approveDecision = approveDecision;
        this.changeClock = changeClock;
        this.clocks = clocks;
        this.identity = identity;
    }

    public record QueueView(List<CaseQueue.Row> cases, String next) {
    }

    @GET
    @Operation(summary = "The queue: cases filtered, searched and sorted by due date (soonest first, stopped clocks "
            + "last) or date received",
            description = "status (repeatable; OPEN, AWAITING_CLARIFICATION, FEE_PENDING, AWAITING_APPROVAL, "
                    + "DECISION_APPROVED, LAPSED), regime, assignee, team, dueBefore, dueAfter (YYYY-MM-DD, exclusive), "
                    + "overdue=true (open and past its due date), q (words of the requester's name or the questions, "
                    + "each matching the start of a word, or the start of the reference; at most 200 characters), sort "
                    + "(due, -due, received, -received; default due), limit (1 to 200, default 50), after (the next of "
                    + "the previous page, with the same sort: keyset paging).")
    public QueueView queue(@QueryParam("status") List<String> status, @QueryParam("regime") String regime,
            @QueryParam("assignee") String assignee, @QueryParam("team") String team,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("dueAfter") String dueAfter,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("after") String after) {
        return QueueParameters.page(queue, clocks, status, regime, assignee, team, dueBefore, dueAfter, overdue, text,
                sort, limit, after, today());
    }

    @POST
    @Path("/{reference}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the case to a team and an officer (either or both)")
    public CaseView assign(@PathParam("reference") String reference, ClockBodies.AssignmentBody body) {
        return act(officer -> workCase.assign(reference, body == null ? null : body.team(),
                body == null ? null : body.officer(), officer));
    }

    @POST
    @Path("/{reference}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a note to the case's timeline (at most 5,000 characters)")
    public CaseView note(@PathParam("reference") String reference, ClockBodies.NoteBody body) {
        return act(officer -> workCase.note(reference, body == null ? null : body.text(), officer));
    }

    @POST
    @Path("/{reference}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the requester withdrew the request by other means (a call, a letter): "
            + "{\"reason\": \"…\"}, at most 1,000 characters; the case is closed and WithdrawalRecorded published")
    public CaseView withdrawal(@PathParam("reference") String reference, ClockBodies.ReasonBody body) {
        return act(officer -> workCase.recordWithdrawal(reference, body == null ? null : body.reason(), officer));
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of(zone));
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "A case with its due date and the reasons for it, its status, the outcome of each question "
            + "and its timeline")
    public CaseView get(@PathParam("reference") String reference) {
        return view(findCase.byReference(reference));
    }

    @POST
    @Path("/{reference}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the draft decision on every question; it waits for a second officer's approval",
            description = "One outcome and answer per question, with the exemptions, cost estimate and advice the "
                    + "outcome needs; it replaces any earlier draft. 400 names each field at fault; 404 for an unknown "
                    + "reference; 409 when the case is not open or waiting for approval.")
    public CaseView decide(@PathParam("reference") String reference, DecisionBody body) {
        List<QuestionDecision> decisions = body == null || body.outcomes() == null ? List.of()
                : body.outcomes().stream().map(o -> o == null ? null : o.toDecision()).toList();
        return act(officer -> draftDecision.draft(reference, decisions, officer));
    }

    @POST
    @Path("/{reference}/approval")
    @RolesAllowed("approver")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the draft decision, or return it to the officer with comments (role approver)",
            description = "{\"approve\": true} publishes DecisionApproved v2 for the letter; {\"approve\": false, "
                    + "\"comments\": \"...\"} sends it back. 403 for the officer who drafted it (four eyes); 409 when "
                    + "no draft is waiting.")
    public CaseView approval(@PathParam("reference") String reference, DecisionBody.ApprovalBody body) {
        if (body == null || body.approve() == null) {
            throw new InvalidInputException("The approval could not be recorded", List.of(new DecisionProblem(
                    "approve", "Say true to approve the decision or false to return it with comments")));
        }
        return act(approver -> body.approve() ? approveDecision.approve(reference, approver)
                : approveDecision.returnToOfficer(reference, approver, body.comments()));
    }

    /** {@code {"outcomes": [{"question": 1, "finding": "UPHELD", "reasons": "..."}]}}. */
    public record ReviewBody(List<FindingBody> outcomes) {
    }

    public record FindingBody(Integer question, org.foiplatform.assessment.domain.Review.Finding finding,
            String reasons) {
    }

    @POST
    @Path("/{reference}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide the internal review: a finding (UPHELD, PARTLY_OVERTURNED, OVERTURNED) and reasons "
            + "per question", description = "Publishes ReviewDecided. 403 for the officer who drafted or approved the "
            + "decision under review; 409 when no review is open; 400 naming each field.")
    public CaseView review(@PathParam("reference") String reference, ReviewBody body) {
        List<org.foiplatform.assessment.domain.Review.QuestionFinding> findings = body == null
                || body.outcomes() == null ? List.of() : body.outcomes().stream()
                        .map(f -> f == null ? null : new org.foiplatform.assessment.domain.Review.QuestionFinding(
                                f.question(), f.finding(), f.reasons()))
                        .toList();
        return act(reviewer -> decideReview.decide(reference, findings, reviewer));
    }

    @POST
    @Path("/{reference}/review/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a FOIA internal review 40 working days in all, in an exceptional case, with the reason",
            description = "Once; not for the EIR (40 days already, reg 11(4)), FOISA or EIRS (20 in law). 409 when no"
                    + " review is open.")
    public CaseView extendReview(@PathParam("reference") String reference, ClockBodies.ReasonBody body) {
        return act(officer -> decideReview.extend(reference, body == null ? null : body.reason(), officer));
    }

    @POST
    @Path("/{reference}/regime")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Handle the request under another regime (e.g. EIR rather than FOIA)",
            description = "The due date follows the new regime's clock; the change and its reason go on the timeline, "
                    + "and DueDateChanged is published when the date moves.")
    public CaseView changeRegime(@PathParam("reference") String reference, ClockBodies.RegimeBody body) {
        List<DecisionProblem> problems = new ArrayList<>();
        Regime regime = Regime.named(body == null ? null : body.regime()).orElse(null);
        if (regime == null) {
            problems.add(new DecisionProblem("regime", "Choose one of FOIA, EIR, FOISA, EIRS or SAR"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(CLOCK_REFUSED, problems);
        }
        Regime to = regime;
        return act(officer -> changeClock.changeRegime(reference, to, body.reason(), officer));
    }

    @POST
    @Path("/{reference}/clock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop, restart or extend the statutory clock",
            description = "action: CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, FEES_NOTICE_GIVEN, FEE_RECEIVED or "
                    + "EXTENDED; on: the date (YYYY-MM-DD); amount: further working days (FOIA s.10(3)) or months (SAR) "
                    + "of an extension; reason: why (required for an extension); question: what the requester should "
                    + "clarify (CLARIFICATION_REQUESTED); feePounds and calculation (FEES_NOTICE_GIVEN). Publishes "
                    + "ClarificationRequested, FeesNoticeIssued or DeadlineExtended, and DueDateChanged when the date "
                    + "moves.")
    public CaseView clock(@PathParam("reference") String reference, ClockBodies.ClockActionBody body) {
        List<DecisionProblem> problems = new ArrayList<>();
        ClockEvent.Kind kind = null;
        LocalDate on = null;
        if (body == null || body.action() == null || body.action().isBlank()) {
            problems.add(new DecisionProblem("action", "Choose an action"));
        } else {
            try {
                kind = ClockEvent.Kind.valueOf(body.action().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new DecisionProblem("action", "Choose CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, "
                        + "FEES_NOTICE_GIVEN, FEE_RECEIVED or EXTENDED"));
            }
        }
        try {
            on = body == null || body.on() == null ? null : LocalDate.parse(body.on().strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (on == null) {
            problems.add(new DecisionProblem("on", "Give a real date as YYYY-MM-DD"));
        }
        if (body != null && body.amount() != null && body.amount() < 0) {
            problems.add(new DecisionProblem("amount", "Give a whole number of 1 or more"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(CLOCK_REFUSED, problems);
        }
        // A clarification keeps the question asked, a fees notice the fee (in pence) and how it was worked out.
        String text = switch (kind) {
            case CLARIFICATION_REQUESTED -> body.question() != null ? body.question() : body.reason();
            case FEES_NOTICE_GIVEN -> body.calculation();
            default -> body.reason();
        };
        int amount = body.amount() == null ? 0 : body.amount();
        if (kind == ClockEvent.Kind.FEES_NOTICE_GIVEN) {
            if (body.feePounds() == null || body.feePounds().signum() <= 0 || body.feePounds().scale() > 2
                    || body.feePounds().compareTo(java.math.BigDecimal.valueOf(100_000)) > 0) {
                throw new InvalidInputException(CLOCK_REFUSED, List.of(new DecisionProblem("feePounds",
                        "Give the fee in pounds and pence, above zero and at most 100000")));
            }
            amount = body.feePounds().movePointRight(2).intValueExact();
        }
        ClockEvent event = new ClockEvent(kind, on, amount, text == null || text.isBlank() ? null : text.strip());
        return act(officer -> changeClock.record(reference, event, officer));
    }

    /**
     * An action of the signed-in officer on a case, run again if the platform's own events changed the case meanwhile
     * ({@link ConflictRetry}), answered with the case as it then is.
     */
    private CaseView act(java.util.function.Function<String, InformationCase> action) {
        String officer = identity.getPrincipal().getName();
        return view(ConflictRetry.call(() -> action.apply(officer)));
    }

    private CaseView view(InformationCase c) {
        return CaseView.of(c, clocks.current().clock());
    }
}
