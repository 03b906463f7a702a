package org.foiplatform.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A request's progress as the requester sees it: the one state machine of intake's status view. Each method applies
 * one thing that happened (an event from the case or response services, or the requester's own action) and returns
 * the timeline entry it adds, if any. The requester's actions check that they fit the status and say why not.
 * Whether a review request is late is worked out from {@code reviewBy} and the day asked, never stored as a status.
 */
public final class RequestProgress {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Reference reference;
    private ProgressStatus status;
    private LocalDate dueDate;
    private LocalDate reviewBy;
    private String clarificationQuestion;
    private LocalDate lapsesOn;
    private BigDecimal feePounds;
    private boolean letterIssued;

    public RequestProgress(Reference reference, ProgressStatus status, LocalDate dueDate, LocalDate reviewBy,
            String clarificationQuestion, LocalDate lapsesOn, BigDecimal feePounds, boolean letterIssued) {
        this.reference = reference;
        this.status = status;
        this.dueDate = dueDate;
        this.reviewBy = reviewBy;
        this.clarificationQuestion = clarificationQuestion;
        this.lapsesOn = lapsesOn;
        this.feePounds = feePounds;
        this.letterIssued = letterIssued;
    }

    public static RequestProgress received(Reference reference) {
        return new RequestProgress(reference, ProgressStatus.RECEIVED, null, null, null, null, null, false);
    }

    public static TimelineEntry receivedEntry(LocalDate on) {
        return new TimelineEntry(on, "received", "We received your request");
    }

    // What the authority did (events from the other services)

    /** The case was opened: the acknowledgement, with the date by which the authority must answer (FOIA s.10(1)). */
    public Optional<TimelineEntry> caseOpened(LocalDate on, LocalDate due) {
        dueDate = due;
        if (status == ProgressStatus.RECEIVED) {
            status = ProgressStatus.IN_PROGRESS;
        }
        return Optional.of(new TimelineEntry(on, "acknowledged", "We acknowledged your request. We must answer by "
                + day(due)));
    }

    public Optional<TimelineEntry> dueDateChanged(LocalDate on, LocalDate due, String reason) {
        if (java.util.Objects.equals(due, dueDate)) {
            return Optional.empty();
        }
        dueDate = due;
        return Optional.of(new TimelineEntry(on, "due-date-changed", due == null
                ? "The time to answer is paused: " + reason
                : "The date by which we must answer is now " + day(due) + ": " + reason));
    }

    /** FOIA s.1(3): the authority needs more to go on; the clock stops until the requester answers. */
    public Optional<TimelineEntry> clarificationRequested(LocalDate on, String question, LocalDate lapses) {
        clarificationQuestion = question;
        lapsesOn = lapses;
        if (status != ProgressStatus.WITHDRAWN) {
            status = ProgressStatus.CLARIFICATION_REQUESTED;
        }
        return Optional.of(new TimelineEntry(on, "clarification-requested", "We asked you to make your request clearer"));
    }

    /** FOIA s.9: a fees notice; the clock stops until the fee is paid. */
    public Optional<TimelineEntry> feesNoticeIssued(LocalDate on, BigDecimal pounds, LocalDate lapses) {
        feePounds = pounds;
        lapsesOn = lapses;
        if (status != ProgressStatus.WITHDRAWN) {
            status = ProgressStatus.FEE_REQUESTED;
        }
        return Optional.of(new TimelineEntry(on, "fee-requested", "We asked for a fee of £" + pounds.setScale(2,
                java.math.RoundingMode.HALF_UP).toPlainString() + " before we can answer"));
    }

    /** FOIA s.10(3) and the like: more time, with the new date. */
    public Optional<TimelineEntry> deadlineExtended(LocalDate on, LocalDate due, String reason) {
        dueDate = due;
        return Optional.of(new TimelineEntry(on, "deadline-extended", "We extended the time to answer"
                + (due == null ? "" : " to " + day(due)) + ": " + reason));
    }

    /** The decision was approved: it carries the last day to ask for an internal review. */
    public Optional<TimelineEntry> decisionApproved(LocalDate reviewByDate) {
        reviewBy = reviewByDate;
        return Optional.empty();
    }

    /** A letter was issued: the answer to the request, or to an internal review. */
    public Optional<TimelineEntry> responseIssued(LocalDate on, boolean review) {
        letterIssued = true;
        if (review) {
            status = ProgressStatus.REVIEW_DECIDED;
            return Optional.of(new TimelineEntry(on, "review-letter", "We sent you the outcome of the internal review"));
        }
        if (status != ProgressStatus.REVIEW_REQUESTED && status != ProgressStatus.REVIEW_DECIDED) {
            status = ProgressStatus.RESPONDED;
        }
        return Optional.of(new TimelineEntry(on, "responded", "We answered your request"));
    }

    /** FOIA s.1(3), s.9: the clarification or fee did not arrive in time, and the request was closed. */
    public Optional<TimelineEntry> lapsed(LocalDate on, boolean waitingForFee) {
        if (status == ProgressStatus.WITHDRAWN) {
            return Optional.empty();
        }
        status = ProgressStatus.LAPSED;
        clarificationQuestion = null;
        return Optional.of(new TimelineEntry(on, "lapsed", waitingForFee
                ? "We closed your request: the fee did not reach us in time"
                : "We closed your request: your answer to our question did not reach us in time"));
    }

    /**
     * The requester withdrew the request by telephone, letter or email, and an officer recorded it: closed, as a
     * withdrawal on the portal. Once withdrawn, nothing changes.
     */
    public Optional<TimelineEntry> withdrawalRecorded(LocalDate on) {
        if (status == ProgressStatus.WITHDRAWN) {
            return Optional.empty();
        }
        status = ProgressStatus.WITHDRAWN;
        clarificationQuestion = null;
        return Optional.of(new TimelineEntry(on, "withdrawn", "Your request was withdrawn, as you asked us"));
    }

    public Optional<TimelineEntry> reviewDecided(LocalDate on, String outcome) {
        status = ProgressStatus.REVIEW_DECIDED;
        return Optional.of(new TimelineEntry(on, "review-decided", "The internal review was decided: "
                + outcome.toLowerCase(Locale.UK).replace('_', ' ')));
    }

    // What the requester does

    public boolean canClarify() {
        return status == ProgressStatus.CLARIFICATION_REQUESTED;
    }

    public boolean canWithdraw() {
        return status == ProgressStatus.RECEIVED || status == ProgressStatus.IN_PROGRESS
                || status == ProgressStatus.CLARIFICATION_REQUESTED || status == ProgressStatus.FEE_REQUESTED;
    }

    /** An internal review is offered once answered; one asked after {@code reviewBy} is still taken, as late. */
    public boolean canAskForReview() {
        return status == ProgressStatus.RESPONDED;
    }

    public boolean reviewWouldBeLate(LocalDate today) {
        return reviewBy != null && today.isAfter(reviewBy);
    }

    /** FOIA s.1(3): the answer to the clarification; the authority's clock starts again from its receipt. */
    public TimelineEntry clarificationProvided(LocalDate on) {
        require(canClarify(), "There is no question waiting for your answer");
        status = ProgressStatus.IN_PROGRESS;
        clarificationQuestion = null;
        lapsesOn = null;
        return new TimelineEntry(on, "clarification-provided", "You made your request clearer");
    }

    public TimelineEntry withdraw(LocalDate on) {
        require(canWithdraw(), "This request can no longer be withdrawn");
        status = ProgressStatus.WITHDRAWN;
        return new TimelineEntry(on, "withdrawn", "You withdrew your request");
    }

    public TimelineEntry askForReview(LocalDate on) {
        require(canAskForReview(), "An internal review cannot be asked for now");
        boolean late = reviewWouldBeLate(on);
        status = ProgressStatus.REVIEW_REQUESTED;
        return new TimelineEntry(on, "review-requested", late
                ? "You asked for an internal review (after " + day(reviewBy) + ", so it is late; we will still consider it)"
                : "You asked for an internal review");
    }

    private static void require(boolean allowed, String reason) {
        if (!allowed) {
            throw new NotAllowedNow(reason);
        }
    }

    private static String day(LocalDate date) {
        return date == null ? "a date we will tell you" : date.format(DAY);
    }

    /** The requester's action does not fit the request's status; the reason says why, in plain words. */
    public static final class NotAllowedNow extends RuntimeException {
        public NotAllowedNow(String reason) {
            super(reason);
        }
    }

    public Reference reference() {
        return reference;
    }

    public ProgressStatus status() {
        return status;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate reviewBy() {
        return reviewBy;
    }

    public String clarificationQuestion() {
        return clarificationQuestion;
    }

    public LocalDate lapsesOn() {
        return lapsesOn;
    }

    public BigDecimal feePounds() {
        return feePounds;
    }

    public boolean letterIssued() {
        return letterIssued;
    }
}
