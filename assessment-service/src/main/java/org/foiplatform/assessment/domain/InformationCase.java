package org.foiplatform.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.foiplatform.contracts.InputLimits;

/**
 * A case: one request under one regime, with its clock history, the due date derived from it, an outcome
 * per question and a timeline. Status changes only through {@link CaseLifecycle}; transitions that move the
 * due date return the {@link DueDateMoved} events they cause.
 */
public final class InformationCase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** The longest reason another service gave that a timeline entry quotes. */
    private static final int MAX_QUOTED_REASON = 300;
    /** The longest reason an officer may give for a clock action or a change of regime. */
    public static final int MAX_REASON_LENGTH = 2000;

    private final String reference;
    /** The correlation of the request this case is about: every event about the case carries it. */
    private final UUID correlationId;
    private Regime regime;
    private final LocalDate receivedOn;
    private List<ClockEvent> clock;
    private LocalDate dueDate;
    private int workingDays;
    /** The revision of the bank-holiday calendar the due date was last worked out with. */
    private long calendarRevision;
    private CaseStatus status;
    private List<CaseQuestion> questions;
    /** The requester's name as the request gave it, for the letter's salutation; null for cases opened before it was kept. */
    private final String requesterName;
    private Decision decision;
    private Assignment assignment;
    private Review review;
    private final List<TimelineEntry> timeline;

    public InformationCase(String reference, UUID correlationId, Regime regime, LocalDate receivedOn,
            List<ClockEvent> clock, LocalDate dueDate, int workingDays, long calendarRevision, CaseStatus status,
            List<CaseQuestion> questions, String requesterName, Decision decision, Assignment assignment,
            Review review, List<TimelineEntry> timeline) {
        this.reference = reference;
        this.correlationId = correlationId;
        this.regime = regime;
        this.receivedOn = receivedOn;
        this.clock = List.copyOf(clock);
        this.dueDate = dueDate;
        this.workingDays = workingDays;
        this.calendarRevision = calendarRevision;
        this.status = status;
        this.questions = List.copyOf(questions);
        this.requesterName = requesterName;
        this.decision = decision == null ? Decision.NONE : decision;
        this.assignment = assignment == null ? Assignment.NONE : assignment;
        this.review = review;
        this.timeline = new ArrayList<>(timeline);
    }

    /** Opens a case on the date of receipt, day 0; the due date comes from the statutory clock. */
    public static InformationCase open(String reference, UUID correlationId, Regime regime, LocalDate receivedOn,
            String requesterName, List<CaseQuestion> questions, StatutoryClock statutoryClock, long calendarRevision,
            Instant at) {
        List<ClockEvent> history = List.of(ClockEvent.received(receivedOn));
        Deadline deadline = statutoryClock.deadline(regime, history);
        InformationCase opened = new InformationCase(reference, correlationId, regime, receivedOn, history,
                deadline.dueDate(), deadline.workingDays(), calendarRevision, CaseStatus.OPEN, questions, requesterName,
                Decision.NONE, Assignment.NONE, null, List.of());
        opened.timeline.add(new TimelineEntry(at, "Request received under " + regime.name(),
                "Received " + DAY.format(receivedOn) + "; due " + DAY.format(deadline.dueDate()) + ".", null, null,
                deadline.dueDate()));
        return opened;
    }

    /** The due date with its reasons, worked out afresh from the clock history. */
    public Deadline deadline(StatutoryClock statutoryClock) {
        return statutoryClock.deadline(regime, clock);
    }

    /**
     * An officer decides the request falls under another regime (EIR and FOIA are often confused). The due
     * date follows the new regime's clock; the change and its reason go on the timeline.
     */
    public List<DueDateMoved> changeRegime(Regime to, String reason, String officer, Instant at,
            StatutoryClock statutoryClock) {
        CaseStatus next = CaseLifecycle.next(status, CaseLifecycle.Action.CHANGE_REGIME);
        Objects.requireNonNull(to, "to");
        if (to == regime) {
            throw new InvalidClockActionException("regime", "The case is already handled under " + to.name());
        }
        requireReason(reason);
        if (clock.stream().anyMatch(e -> e.kind() == ClockEvent.Kind.EXTENDED)) {
            throw new InvalidClockActionException("regime", "The case has an extension under "
                    + StatutoryClock.extensionProvision(regime) + ", which another regime would not support");
        }
        Regime from = regime;
        regime = to;
        status = next;
        return recompute(statutoryClock, DueDateMoved.Cause.REGIME_CHANGED,
                "Regime changed from " + from.name() + " to " + to.name(), reason.strip(), officer, at, true);
    }

    /**
     * Records a clock action: a clarification asked for or received, a fees notice given or the fee received,
     * or an extension. {@code today} bounds the date: nothing is recorded for a day still to come.
     */
    public List<DueDateMoved> recordClockEvent(ClockEvent event, LocalDate today, String officer, Instant at,
            StatutoryClock statutoryClock) {
        CaseLifecycle.Action action = switch (event.kind()) {
            case RECEIVED -> throw new InvalidClockActionException("action", "A case is received only once");
            case CLARIFICATION_REQUESTED -> CaseLifecycle.Action.REQUEST_CLARIFICATION;
            case CLARIFICATION_RECEIVED -> CaseLifecycle.Action.RECEIVE_CLARIFICATION;
            case FEES_NOTICE_GIVEN -> CaseLifecycle.Action.GIVE_FEES_NOTICE;
            case FEE_RECEIVED -> CaseLifecycle.Action.RECEIVE_FEE;
            case EXTENDED -> CaseLifecycle.Action.EXTEND;
        };
        CaseStatus next = CaseLifecycle.next(status, action);
        LocalDate last = clock.get(clock.size() - 1).on();
        if (event.on().isAfter(today)) {
            throw new InvalidClockActionException("on", "Give a date that is not in the future");
        }
        if (event.on().isBefore(last)) {
            throw new InvalidClockActionException("on", "Give a date on or after " + DAY.format(last)
                    + ", the last date on the clock");
        }
        if (event.kind() == ClockEvent.Kind.CLARIFICATION_RECEIVED || event.kind() == ClockEvent.Kind.FEE_RECEIVED) {
            Deadline.Stop stop = deadline(statutoryClock).stopped();
            if (stop != null && !event.on().isBefore(stop.lapsesOn())) {
                throw new InvalidClockActionException("on", "The request lapsed on " + DAY.format(stop.lapsesOn())
                        + ", before this date (" + stop.provision() + ")");
            }
        }
        if (event.kind() == ClockEvent.Kind.CLARIFICATION_REQUESTED && (event.reason() == null
                || event.reason().isBlank())) {
            throw new InvalidClockActionException("question", "Write what the requester should clarify: it is"
                    + " emailed to them");
        }
        if (event.kind() == ClockEvent.Kind.FEES_NOTICE_GIVEN) {
            if (event.amount() <= 0) {
                throw new InvalidClockActionException("feePounds", "Give the fee in pounds, above zero");
            }
            if (event.reason() == null || event.reason().isBlank()) {
                throw new InvalidClockActionException("calculation", "Say how the fee was worked out (FOIA s.9 and"
                        + " the Fees Regulations: the cost of copying, printing and postage)");
            }
        }
        requireShortReason(event.reason());
        ClockEvent recorded = event.kind() == ClockEvent.Kind.EXTENDED ? extension(event, statutoryClock.rules()) : event;
        List<ClockEvent> history = new ArrayList<>(clock);
        history.add(recorded);
        clock = List.copyOf(history);
        status = next;
        DueDateMoved.Cause cause = switch (event.kind()) {
            case CLARIFICATION_REQUESTED, FEES_NOTICE_GIVEN -> DueDateMoved.Cause.CLOCK_STOPPED;
            case CLARIFICATION_RECEIVED, FEE_RECEIVED -> DueDateMoved.Cause.CLOCK_RESTARTED;
            default -> DueDateMoved.Cause.EXTENDED;
        };
        return recompute(statutoryClock, cause, describe(recorded), recorded.reason(), officer, at, true);
    }

    /** The law's limits on an extension, applied to what the officer asked for. */
    private ClockEvent extension(ClockEvent asked, ClockRules rules) {
        if (dueDate != null && asked.on().isAfter(dueDate)) {
            throw new InvalidClockActionException("on", "An extension must be decided by the due date, "
                    + DAY.format(dueDate));
        }
        requireReason(asked.reason());
        int already = clock.stream().filter(e -> e.kind() == ClockEvent.Kind.EXTENDED).mapToInt(ClockEvent::amount).sum();
        return switch (regime.extension()) {
            case NONE -> throw new InvalidClockActionException("action",
                    "FOISA allows no extension: only the clarification and fees pauses stop its clock");
            case COMPLEX_AND_VOLUMINOUS -> {
                // EIR reg 7(1), EIRS reg 7(1): the period becomes 40 working days, once.
                if (already > 0) {
                    throw new InvalidClockActionException("action", "The case already has its regulation 7 extension");
                }
                yield new ClockEvent(ClockEvent.Kind.EXTENDED, asked.on(),
                        rules.complexAndVoluminousWorkingDays() - rules.workingDays(), asked.reason().strip());
            }
            case PUBLIC_INTEREST -> {
                // FOIA s.10(3): a reasonable time; the ICO's guidance: no more than 20 further working days.
                int most = rules.publicInterestExtensionDays() - already;
                if (asked.amount() < 1 || asked.amount() > most) {
                    throw new InvalidClockActionException("amount", most < 1
                            ? "The case already has the longest public interest extension"
                            : "Give 1 to " + most + " further working days");
                }
                yield new ClockEvent(ClockEvent.Kind.EXTENDED, asked.on(), asked.amount(), asked.reason().strip());
            }
            case FURTHER_MONTHS -> {
                // UK GDPR Art. 12(3): up to two further months.
                int most = rules.sarExtensionMonths() - already;
                if (asked.amount() < 1 || asked.amount() > most) {
                    throw new InvalidClockActionException("amount", most < 1
                            ? "The case already has the longest extension"
                            : "Give 1 to " + most + " further months");
                }
                yield new ClockEvent(ClockEvent.Kind.EXTENDED, asked.on(), asked.amount(), asked.reason().strip());
            }
        };
    }

    /**
     * Works the due date out again after the bank-holiday calendar changed; {@code cause} names the holidays
     * that changed. Nothing goes on the timeline, and no event is returned, when the date stays the same.
     */
    public List<DueDateMoved> redate(StatutoryClock statutoryClock, long revision, String cause, Instant at) {
        CaseLifecycle.next(status, CaseLifecycle.Action.REDATE);
        calendarRevision = revision;
        return recompute(statutoryClock, DueDateMoved.Cause.CALENDAR_CHANGED, "Due date changed by the bank-holiday calendar",
                cause, null, at, false);
    }

    /**
     * The request lapses when a clarification or a fee has been awaited past the configured period: the
     * authority need not comply. Returns whether it lapsed.
     */
    public Optional<Deadline.Stop> lapseIfDue(LocalDate today, Instant at, StatutoryClock statutoryClock) {
        if (status != CaseStatus.AWAITING_CLARIFICATION && status != CaseStatus.FEE_PENDING) {
            return Optional.empty();
        }
        Deadline.Stop stop = deadline(statutoryClock).stopped();
        if (stop == null || today.isBefore(stop.lapsesOn())) {
            return Optional.empty();
        }
        status = CaseLifecycle.next(status, CaseLifecycle.Action.LAPSE);
        timeline.add(new TimelineEntry(at, "Request lapsed", (stop.cause() == Deadline.Reason.CLARIFICATION
                ? "No clarification arrived" : "No fee arrived") + " by " + DAY.format(stop.lapsesOn()) + " ("
                + stop.provision() + ").", null, null, null));
        return Optional.of(stop);
    }

    private List<DueDateMoved> recompute(StatutoryClock statutoryClock, DueDateMoved.Cause cause, String what,
            String detail, String actor, Instant at, boolean alwaysOnTimeline) {
        LocalDate before = dueDate;
        Deadline deadline = statutoryClock.deadline(regime, clock);
        dueDate = deadline.dueDate();
        workingDays = deadline.workingDays();
        boolean moved = !Objects.equals(before, dueDate);
        if (moved || alwaysOnTimeline) {
            timeline.add(new TimelineEntry(at, what, detail, actor, moved ? before : null, moved ? dueDate : null));
        }
        return moved ? List.of(new DueDateMoved(reference, regime, before, dueDate, workingDays, cause,
                detail == null ? what : what + ": " + detail)) : List.of();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidClockActionException("reason", "Say why, for the case's timeline");
        }
        requireShortReason(reason);
    }

    private static void requireShortReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidClockActionException("reason", "Use at most " + MAX_REASON_LENGTH + " characters");
        }
    }

    private String describe(ClockEvent e) {
        return switch (e.kind()) {
            case RECEIVED -> "Request received " + DAY.format(e.on());
            case CLARIFICATION_REQUESTED -> "Clarification asked for on " + DAY.format(e.on()) + "; the clock stopped";
            case CLARIFICATION_RECEIVED -> "Clarification received on " + DAY.format(e.on()) + "; the clock started again";
            case FEES_NOTICE_GIVEN -> "Fees notice given on " + DAY.format(e.on()) + "; the clock stopped";
            case FEE_RECEIVED -> "Fee received on " + DAY.format(e.on()) + "; the clock started again";
            case EXTENDED -> "Extended on " + DAY.format(e.on()) + " by " + e.amount() + " further "
                    + (regime.countsWorkingDays() ? (e.amount() == 1 ? "working day" : "working days")
                            : (e.amount() == 1 ? "month" : "months"))
                    + " (" + StatutoryClock.extensionProvision(regime) + ")";
        };
    }

    /**
     * Records the officer's draft decision, one outcome per question with what each outcome needs (checked by
     * {@link DecisionRules}), replacing any earlier draft; the case then waits for a second officer's approval.
     * {@code costLimit} is the regime's cost limit, empty where it has none.
     */
    public void draftDecision(List<QuestionDecision> decisions, Optional<CostLimit> costLimit, String officer,
            Instant at) {
        draftDecision(decisions, costLimit, Set.of(), officer, at);
    }

    /**
     * As {@link #draftDecision(List, Optional, String, Instant)}, where a refusal on cost may aggregate the costs of
     * the related requests {@code aggregable} (the Fees Regulations 2004 reg 5).
     */
    public void draftDecision(List<QuestionDecision> decisions, Optional<CostLimit> costLimit,
            Set<String> aggregable, String officer, Instant at) {
        CaseStatus next = CaseLifecycle.next(status, CaseLifecycle.Action.DRAFT_DECISION);
        DecisionRules.Decided decided = DecisionRules.check(regime, questions, decisions, costLimit, aggregable);
        boolean replacing = status == CaseStatus.AWAITING_APPROVAL;
        questions = decided.questions();
        decision = Decision.drafted(officer, at);
        status = next;
        timeline.add(new TimelineEntry(at, replacing ? "Draft decision replaced" : "Decision drafted",
                (questions.size() == 1 ? "1 question decided" : questions.size() + " questions decided")
                        + "; waiting for approval by a second officer.", officer, null, null));
    }

    /**
     * A second officer approves the draft: the response is made {@code today}, and the requester may ask for an
     * internal review until the {@code reviewWorkingDays}th working day after it. The drafter may not approve
     * their own decision ({@link FourEyesException}).
     */
    public void approveDecision(String approver, LocalDate today, Instant at, StatutoryClock statutoryClock,
            int reviewWorkingDays) {
        CaseStatus next = CaseLifecycle.next(status, CaseLifecycle.Action.APPROVE_DECISION);
        requireSecondOfficer(approver, "approve");
        LocalDate reviewBy = statutoryClock.workingDaysAfter(regime, today, reviewWorkingDays);
        decision = decision.approved(approver, at, today, reviewBy);
        status = next;
        timeline.add(new TimelineEntry(at, "Decision approved", "Drafted by " + decision.draftedBy() + ". Outcome: "
                + outcome().name() + "; " + (decision.lateAgainst(dueDate) ? "late (due " + DAY.format(dueDate) + ")"
                        : "in time") + ". An internal review may be asked for until " + DAY.format(reviewBy) + ".",
                approver, null, null));
    }

    /** A second officer sends the draft back with comments; the case is worked again and the draft kept to amend. */
    public void returnDecision(String approver, String comments, Instant at) {
        CaseStatus next = CaseLifecycle.next(status, CaseLifecycle.Action.RETURN_DECISION);
        requireSecondOfficer(approver, "return");
        if (comments == null || comments.isBlank()) {
            throw new InvalidDecisionException(List.of(new DecisionProblem("comments",
                    "Say what the officer should change")));
        }
        if (InputLimits.hasControlCharacters(comments) || comments.strip().length() > MAX_REASON_LENGTH) {
            throw new InvalidDecisionException(List.of(new DecisionProblem("comments", "Use at most "
                    + MAX_REASON_LENGTH + " characters, without hidden control characters")));
        }
        decision = Decision.drafted(decision.draftedBy(), decision.draftedAt());
        status = next;
        timeline.add(new TimelineEntry(at, "Decision returned to " + decision.draftedBy(), comments.strip(), approver,
                null, null));
    }

    private void requireSecondOfficer(String approver, String action) {
        if (approver != null && approver.equals(decision.draftedBy())) {
            throw new FourEyesException("You drafted this decision, so another approver must " + action + " it");
        }
    }

    /** The team and the officer a case is with; either may be null (not yet assigned). */
    public record Assignment(String team, String officer) {
        public static final Assignment NONE = new Assignment(null, null);
    }

    /** The longest team or officer name. */
    public static final int MAX_NAME = 100;
    /** The longest note an officer may add to the timeline. */
    public static final int MAX_NOTE = 5_000;

    /** Gives the case to a team and an officer (either may be left as it is by giving null), while it is open. */
    public void assign(String team, String officer, String by, Instant at) {
        CaseStatus next = CaseLifecycle.next(status, CaseLifecycle.Action.ASSIGN);
        List<DecisionProblem> problems = new ArrayList<>();
        if ((team == null || team.isBlank()) && (officer == null || officer.isBlank())) {
            problems.add(new DecisionProblem("team", "Give the team, the officer or both"));
        }
        for (String[] field : new String[][] {{"team", team}, {"officer", officer}}) {
            if (field[1] != null && (field[1].strip().length() > MAX_NAME || InputLimits.hasControlCharacters(field[1]))) {
                problems.add(new DecisionProblem(field[0], "Use at most " + MAX_NAME + " characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecisionException(problems);
        }
        Assignment to = new Assignment(team == null || team.isBlank() ? assignment.team() : team.strip(),
                officer == null || officer.isBlank() ? assignment.officer() : officer.strip());
        assignment = to;
        status = next;
        timeline.add(new TimelineEntry(at, "Assigned", "Team: " + (to.team() == null ? "none" : to.team())
                + "; officer: " + (to.officer() == null ? "none" : to.officer()) + ".", by, null, null));
    }

    /**
     * What intake-service found when the request arrived, on the timeline for the officer: the requests that look
     * like it (a repeat by the same requester, FOIA s.14(2); near-identical words from others, a round-robin or
     * campaign; either may be aggregated for the cost limit, the Fees Regulations 2004 reg 5), and the law its words
     * suggest. Nothing is decided by it.
     */
    public void intakeFound(List<RelatedRequest> related, RegimeHint hint, Instant at) {
        if (!related.isEmpty()) {
            long same = related.stream().filter(RelatedRequest::sameRequester).count();
            StringBuilder detail = new StringBuilder();
            for (RelatedRequest r : related) {
                detail.append(detail.isEmpty() ? "" : "; ").append(r.reference()).append(" (").append(r.percent())
                        .append("% alike, ").append(r.sameRequester() ? "same requester" : "another requester")
                        .append(", received ").append(DAY.format(r.receivedOn())).append(")");
            }
            timeline.add(new TimelineEntry(at, related.size() == 1 ? "1 similar request found"
                    : related.size() + " similar requests found", detail + "."
                    + (same > 0 ? " The same requester may be repeating a request (FOIA s.14(2))." : "")
                    + (same < related.size() ? " Requests from others may be a round-robin or campaign." : ""),
                    "intake-service", null, null));
        }
        if (hint != null) {
            timeline.add(new TimelineEntry(at, "The words suggest " + hint.regime().name(),
                    (hint.because().isEmpty() ? "" : "Words: " + String.join(", ", hint.because()) + ". ")
                            + "Check the regime" + (hint.regime() == Regime.SAR
                                    ? ": a request for the requester's own personal data is a subject access request."
                                    : ": environmental information is requested under the "
                                            + (hint.regime() == Regime.EIRS ? "EIRS" : "EIR") + "."),
                    "intake-service", null, null));
        }
    }

    /** The longest account of a withdrawal an officer records (contracts' WithdrawalRecorded.MAX_REASON). */
    public static final int MAX_WITHDRAWAL_REASON = 1_000;

    /**
     * An officer records that the requester withdrew the request by other means (a telephone call, a letter, an
     * email to the team): the case is closed, as when the requester withdraws it on the portal. {@code reason} says
     * how and why, for the file.
     */
    public void recordWithdrawal(String reason, String by, Instant at) {
        CaseStatus next = CaseLifecycle.next(status, CaseLifecycle.Action.WITHDRAW);
        if (reason == null || reason.isBlank()) {
            throw new InvalidDecisionException(List.of(new DecisionProblem("reason",
                    "Say how the requester withdrew the request, and why if they said")));
        }
        if (reason.strip().length() > MAX_WITHDRAWAL_REASON || InputLimits.hasControlCharacters(reason)) {
            throw new InvalidDecisionException(List.of(new DecisionProblem("reason", "Use at most "
                    + MAX_WITHDRAWAL_REASON + " characters, without hidden control characters")));
        }
        status = next;
        timeline.add(new TimelineEntry(at, "Withdrawal recorded", reason.strip(), by, null, null));
    }

    /** An officer's note on the timeline: what was done, who was asked, anything the next officer should know. */
    public void addNote(String text, String by, Instant at) {
        CaseLifecycle.next(status, CaseLifecycle.Action.ADD_NOTE);
        if (text == null || text.isBlank()) {
            throw new InvalidDecisionException(List.of(new DecisionProblem("text", "Write the note")));
        }
        if (text.strip().length() > MAX_NOTE || InputLimits.hasControlCharacters(text)) {
            throw new InvalidDecisionException(List.of(new DecisionProblem("text", "Use at most " + MAX_NOTE
                    + " characters, without hidden control characters")));
        }
        timeline.add(new TimelineEntry(at, "Note", text.strip(), by, null, null));
    }

    /** response-service issued the letter: an approved case is responded to. */
    public void responseIssued(int letterVersion, String subject, Instant at) {
        responseIssued(false, letterVersion, subject, at);
    }

    /** A letter was issued: the response to the request, or ({@code review}) the internal review's outcome. */
    public void responseIssued(boolean review, int letterVersion, String subject, Instant at) {
        status = CaseLifecycle.next(status, CaseLifecycle.Action.RECORD_RESPONSE);
        timeline.add(new TimelineEntry(at, review ? "Review letter issued" : "Response issued", "Letter version "
                + letterVersion + ": " + quoted(subject) + ".", "response-service", null, null));
    }

    /** The longest account of a blocked letter's findings the timeline keeps. */
    static final int MAX_BLOCKED_DETAIL = 4_000;

    /**
     * response-service held a letter back because a blocking compliance rule failed: nothing was sent. An approved
     * decision goes back to be put right (the drafter amends it and a second officer approves it again); a decided
     * review goes back to the reviewer. A letter blocked in any other status goes on the timeline only.
     */
    public void letterBlocked(boolean review, int letterVersion, List<String> findings, Instant at) {
        boolean reopens = CaseLifecycle.allowedIn(status).contains(CaseLifecycle.Action.LETTER_BLOCKED)
                && (review == (status == CaseStatus.REVIEW_DECIDED));
        String detail = "Letter version " + letterVersion + " was not sent: " + String.join(" ", findings);
        if (detail.length() > MAX_BLOCKED_DETAIL) {
            detail = detail.substring(0, MAX_BLOCKED_DETAIL - 1) + "…";
        }
        if (reopens) {
            status = CaseLifecycle.next(status, CaseLifecycle.Action.LETTER_BLOCKED);
            if (!review) {
                decision = Decision.drafted(decision.draftedBy(), decision.draftedAt());
            }
            detail += review ? " Decide the review again." : " Amend the decision and ask for approval again.";
        }
        timeline.add(new TimelineEntry(at, review ? "Review letter blocked" : "Letter blocked", detail,
                "response-service", null, null));
    }

    /** A deadline reminder was sent: it goes on the timeline. */
    public void reminded(Reminder reminder, Instant at) {
        timeline.add(new TimelineEntry(at, reminder.describe(), "Due " + DAY.format(reminder.dueDate()) + ".", null,
                null, null));
    }

    public Assignment assignment() {
        return assignment;
    }

    public Review review() {
        return review;
    }

    /** The longest grounds for a review or reasons for a finding kept. */
    public static final int MAX_REVIEW_TEXT = 5_000;

    /**
     * The requester answered a request for clarification (FOIA s.1(3)): the day it arrived is the new day 0. If the
     * case was not waiting for one (answered twice, or recorded by an officer already), it goes on the timeline only.
     */
    public List<DueDateMoved> clarificationProvided(LocalDate on, String text, Instant at,
            StatutoryClock statutoryClock) {
        String said = text == null ? "" : text.strip();
        if (status != CaseStatus.AWAITING_CLARIFICATION) {
            timeline.add(new TimelineEntry(at, "Clarification received from the requester", cut(said,
                    MAX_REVIEW_TEXT) + " (The case was not waiting for one: the clock is unchanged.)", "requester",
                    null, null));
            return List.of();
        }
        LocalDate last = clock.get(clock.size() - 1).on();
        LocalDate day = on.isBefore(last) ? last : on;
        return recordClockEvent(new ClockEvent(ClockEvent.Kind.CLARIFICATION_RECEIVED, day, 0,
                cut("From the requester: " + said, MAX_REASON_LENGTH)), day, "requester", at, statutoryClock);
    }

    /** The requester withdrew the request. After the response it only goes on the timeline. */
    public void withdraw(String reason, Instant at) {
        String detail = reason == null || reason.isBlank() ? "No reason given." : cut(reason.strip(), MAX_REASON_LENGTH);
        if (!CaseLifecycle.allowedIn(status).contains(CaseLifecycle.Action.WITHDRAW)) {
            timeline.add(new TimelineEntry(at, "The requester asked to withdraw the request", detail
                    + " (The case is " + status + ": nothing changes.)", "requester", null, null));
            return;
        }
        status = CaseLifecycle.next(status, CaseLifecycle.Action.WITHDRAW);
        timeline.add(new TimelineEntry(at, "Request withdrawn by the requester", detail, "requester", null, null));
    }

    /**
     * The requester asked for an internal review, on {@code on}: it is due {@code reviewWorkingDays} working days
     * later. Before a response, or a second time, it only goes on the timeline.
     */
    public void requestReview(LocalDate on, String grounds, Instant at, StatutoryClock statutoryClock,
            int reviewWorkingDays) {
        String said = grounds == null ? "" : cut(grounds.strip(), MAX_REVIEW_TEXT);
        if (!CaseLifecycle.allowedIn(status).contains(CaseLifecycle.Action.REQUEST_REVIEW)) {
            timeline.add(new TimelineEntry(at, "The requester asked for an internal review", said + " (The case is "
                    + status + ": no review was opened.)", "requester", null, null));
            return;
        }
        status = CaseLifecycle.next(status, CaseLifecycle.Action.REQUEST_REVIEW);
        LocalDate due = statutoryClock.workingDaysAfter(regime, on, reviewWorkingDays);
        review = Review.requested(on, said, due);
        timeline.add(new TimelineEntry(at, "Internal review requested", said, "requester", null, due));
    }

    /**
     * A FOIA review takes longer in an exceptional case: {@code totalWorkingDays} after the request in all (the Code
     * of Practice: 40), once, with the reason on the timeline. The EIR's 40 days (reg 11(4)) and FOISA's 20 (s.21(1))
     * are the law's and cannot be extended.
     */
    public void extendReview(String reason, int totalWorkingDays, String by, Instant at, StatutoryClock statutoryClock) {
        CaseLifecycle.next(status, CaseLifecycle.Action.EXTEND_REVIEW);
        if (regime != Regime.FOIA) {
            throw new InvalidClockActionException("regime", regime == Regime.EIR
                    ? "The EIR give a review 40 working days (reg 11(4)), and no more"
                    : regime + " sets the review's time in law: it cannot be extended");
        }
        requireReason(reason);
        LocalDate extended = statutoryClock.workingDaysAfter(regime, review.requestedOn(), totalWorkingDays);
        if (!extended.isAfter(review.dueDate())) {
            throw new InvalidClockActionException("action", "The review is already due on " + DAY.format(review.dueDate()));
        }
        LocalDate before = review.dueDate();
        review = review.extended(extended);
        timeline.add(new TimelineEntry(at, "Internal review extended to " + totalWorkingDays + " working days",
                reason.strip(), by, before, extended));
    }

    /**
     * Decides the review: a finding with reasons for every question. The reviewer may be neither the officer who
     * drafted the original decision nor the one who approved it ({@link FourEyesException}).
     */
    public void decideReview(List<Review.QuestionFinding> findings, String reviewer, LocalDate today, Instant at) {
        CaseStatus next = CaseLifecycle.next(status, CaseLifecycle.Action.DECIDE_REVIEW);
        if (reviewer != null && (reviewer.equals(decision.draftedBy()) || reviewer.equals(decision.approvedBy()))) {
            throw new FourEyesException("You " + (reviewer.equals(decision.draftedBy()) ? "drafted" : "approved")
                    + " the decision under review: another officer must review it");
        }
        List<DecisionProblem> problems = new ArrayList<>();
        java.util.Set<Integer> known = new java.util.HashSet<>();
        questions.forEach(q -> known.add(q.number()));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        List<Review.QuestionFinding> given = findings == null ? List.of() : findings;
        for (int i = 0; i < given.size(); i++) {
            Review.QuestionFinding f = given.get(i);
            String path = "outcomes[" + i + "]";
            if (f == null || f.question() == null || !known.contains(f.question())) {
                problems.add(new DecisionProblem(path + ".question", "Give the number of a question in this request"));
                continue;
            }
            if (!seen.add(f.question())) {
                problems.add(new DecisionProblem(path + ".question", "Give one finding per question"));
            }
            if (f.finding() == null) {
                problems.add(new DecisionProblem(path + ".finding", "Choose UPHELD, PARTLY_OVERTURNED or OVERTURNED"));
            }
            if (f.reasons() == null || f.reasons().isBlank()) {
                problems.add(new DecisionProblem(path + ".reasons", "Say why"));
            } else if (f.reasons().strip().length() > MAX_REASON_LENGTH || InputLimits.hasControlCharacters(f.reasons())) {
                problems.add(new DecisionProblem(path + ".reasons", "Use at most " + MAX_REASON_LENGTH
                        + " characters, without hidden control characters"));
            }
        }
        if (problems.isEmpty() && !seen.equals(known)) {
            problems.add(new DecisionProblem("outcomes", "Give a finding for every question of the request"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecisionException(problems);
        }
        List<Review.QuestionFinding> kept = given.stream()
                .sorted(java.util.Comparator.comparing(Review.QuestionFinding::question))
                .map(f -> new Review.QuestionFinding(f.question(), f.finding(), f.reasons().strip())).toList();
        Review.Finding overall = Review.overall(kept);
        review = review.decided(reviewer, today, overall, kept);
        status = next;
        timeline.add(new TimelineEntry(at, "Internal review decided", overall.name() + (review.late()
                ? "; late (due " + DAY.format(review.dueDate()) + ")." : "."), reviewer, null, null));
    }

    private static String cut(String value, int most) {
        return value.length() > most ? value.substring(0, most - 1) + "…" : value;
    }

    /** The outcome of the whole request for the statistics, once every question is decided. */
    public CaseOutcome outcome() {
        return switch (status) {
            case WITHDRAWN -> CaseOutcome.WITHDRAWN;
            // A case lapses waiting for what its last clock event asked for.
            case LAPSED -> clock.get(clock.size() - 1).kind() == ClockEvent.Kind.FEES_NOTICE_GIVEN
                    ? CaseOutcome.LAPSED_FEE_UNPAID : CaseOutcome.LAPSED_NO_CLARIFICATION;
            default -> questions.stream().allMatch(q -> q.outcome() != null) ? CaseOutcome.of(questions) : null;
        };
    }

    public String reference() {
        return reference;
    }

    public UUID correlationId() {
        return correlationId;
    }

    public Regime regime() {
        return regime;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public List<ClockEvent> clock() {
        return clock;
    }

    public int workingDays() {
        return workingDays;
    }

    public long calendarRevision() {
        return calendarRevision;
    }

    /**
     * A message about this request could not be handled by a service and waits in its dead-letter topic for an
     * admin. Said once per message, however often it is seen.
     */
    public boolean messageUnhandled(String service, String what, String reason, Instant at) {
        String detail = service + " could not handle " + what + " (" + quoted(reason) + "). Until an admin replays it, "
                + "part of this request may be missing elsewhere: check with the service desk.";
        if (timeline.stream().anyMatch(t -> t.detail() != null && t.detail().equals(detail))) {
            return false;
        }
        timeline.add(new TimelineEntry(at, "A message about this request could not be handled", detail, service,
                null, null));
        return true;
    }

    /**
     * A service parked an event about this request (its broker refused it for good), so whatever that event
     * should have caused elsewhere has not happened. Once per parked event. False if it is already on the timeline.
     */
    public boolean eventNotPublished(String service, String eventType, UUID eventId, String reason,
            Instant at) {
        String detail = service + " could not publish " + eventType + " (event " + eventId + "): " + quoted(reason)
                + ". What it should have caused has not happened: an admin can replay it from the service's parked"
                + " events once the cause is fixed.";
        if (timeline.stream().anyMatch(t -> t.detail() != null && t.detail().contains("(event " + eventId + ")"))) {
            return false;
        }
        timeline.add(new TimelineEntry(at, "An event about this request was not published", detail, service, null,
                null));
        return true;
    }

    /** Another service's reason as a timeline entry quotes it: cut to a readable length. */
    private static String quoted(String reason) {
        if (reason == null || reason.isBlank()) {
            return "no reason given";
        }
        return cut(reason, MAX_QUOTED_REASON);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public CaseStatus status() {
        return status;
    }

    public List<CaseQuestion> questions() {
        return questions;
    }

    public Decision decision() {
        return decision;
    }

    public String requesterName() {
        return requesterName;
    }

    /** Whether the approved response came after the due date. */
    public boolean late() {
        return decision.lateAgainst(dueDate);
    }
}
