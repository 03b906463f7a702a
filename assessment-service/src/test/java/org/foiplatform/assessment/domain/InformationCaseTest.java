package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InformationCaseTest {

    private InformationCase openCase() {
        return InformationCase.open("FOI-2026-000001", java.util.UUID.randomUUID(), Regime.FOIA, LocalDate.of(2026, 4, 14), "Jane Citizen",
                List.of(CaseQuestion.asked(1, "How many?"), CaseQuestion.asked(2, "How much?")),
                Calendars.clock(), 1, Instant.EPOCH);
    }

    @Test
    void an_opened_case_is_open_under_foia_with_its_due_date() {
        InformationCase c = openCase();
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.regime()).isEqualTo(Regime.FOIA);
        // 14 April 2026 + 20 working days, 4 May (early May bank holiday) not counted.
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 5, 13));
    }

    private static void draft(InformationCase c, List<QuestionDecision> decisions) {
        c.draftDecision(decisions, Optional.empty(), "officer", Instant.EPOCH);
    }

    @Test
    void a_drafted_decision_waits_for_a_second_officer_who_approves_it() {
        InformationCase c = openCase();
        draft(c, List.of(new QuestionDecision(2, Outcome.NOT_HELD, "Not held."),
                new QuestionDecision(1, Outcome.INFORMATION_PROVIDED, " 47 ")));

        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        assertThat(c.status().isOpen()).as("the clock still runs while the draft waits").isTrue();
        assertThat(c.questions()).extracting(CaseQuestion::outcome)
                .containsExactly(Outcome.INFORMATION_PROVIDED, Outcome.NOT_HELD);
        assertThat(c.questions().get(0).answer()).isEqualTo("47");
        assertThat(c.decision().draftedBy()).isEqualTo("officer");
        assertThat(c.decision().isApproved()).isFalse();

        // Decided on Thursday 7 May 2026, before the due date of 13 May: the 40th working day after it, the spring
        // bank holiday (25 May) and Scotland's World Cup bank holiday (15 June: FOIA counts every nation's) not
        // counted, is Monday 6 July 2026.
        c.approveDecision("approver", LocalDate.of(2026, 5, 7), Instant.EPOCH, Calendars.clock(), 40);
        assertThat(c.status()).isEqualTo(CaseStatus.DECISION_APPROVED);
        assertThat(c.decision().approvedBy()).isEqualTo("approver");
        assertThat(c.decision().decidedOn()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(c.decision().reviewBy()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(c.late()).isFalse();
        assertThat(c.outcome()).isEqualTo(CaseOutcome.GRANTED_PART_NOT_HELD_PART);
        assertThat(c.timeline()).last().satisfies(t -> assertThat(t.detail()).contains("in time")
                .contains("until Monday 6 July 2026"));
    }

    @Test
    void the_officer_who_drafted_a_decision_can_neither_approve_nor_return_it() {
        InformationCase c = openCase();
        draft(c, List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No."), new QuestionDecision(2, Outcome.NOT_HELD,
                "No.")));

        assertThatThrownBy(() -> c.approveDecision("officer", LocalDate.of(2026, 5, 7), Instant.EPOCH,
                Calendars.clock(), 40)).isInstanceOf(FourEyesException.class);
        assertThatThrownBy(() -> c.returnDecision("officer", "Looks fine", Instant.EPOCH))
                .isInstanceOf(FourEyesException.class);
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
    }

    @Test
    void a_returned_decision_reopens_the_case_with_the_comments_and_a_new_draft_replaces_the_old() {
        InformationCase c = openCase();
        draft(c, List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No."), new QuestionDecision(2, Outcome.NOT_HELD,
                "No.")));
        assertThatThrownBy(() -> c.returnDecision("approver", " ", Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidDecisionException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::field).containsExactly("comments"));

        c.returnDecision("approver", "Question 1 is held by Highways: ask them.", Instant.EPOCH);
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.timeline()).last().satisfies(t -> {
            assertThat(t.what()).isEqualTo("Decision returned to officer");
            assertThat(t.detail()).isEqualTo("Question 1 is held by Highways: ask them.");
            assertThat(t.actor()).isEqualTo("approver");
        });
        draft(c, List.of(new QuestionDecision(1, Outcome.INFORMATION_PROVIDED, "47."),
                new QuestionDecision(2, Outcome.NOT_HELD, "No.")));
        draft(c, List.of(new QuestionDecision(1, Outcome.INFORMATION_PROVIDED, "48."),
                new QuestionDecision(2, Outcome.NOT_HELD, "No.")));
        assertThat(c.questions().get(0).answer()).isEqualTo("48.");
        assertThat(c.timeline()).last().satisfies(t -> assertThat(t.what()).isEqualTo("Draft decision replaced"));
    }

    @Test
    void a_decision_answered_after_the_due_date_is_late() {
        InformationCase c = openCase();
        draft(c, List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No."), new QuestionDecision(2, Outcome.NOT_HELD,
                "No.")));
        // Due Wednesday 13 May 2026; approved the day after.
        c.approveDecision("approver", LocalDate.of(2026, 5, 14), Instant.EPOCH, Calendars.clock(), 40);
        assertThat(c.late()).isTrue();
        assertThat(c.outcome()).isEqualTo(CaseOutcome.NOT_HELD);
    }

    @Test
    void a_decision_that_leaves_a_question_out_is_refused() {
        InformationCase c = openCase();
        assertThatThrownBy(() -> draft(c, List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No."))))
                .isInstanceOfSatisfying(InvalidDecisionException.class,
                        e -> assertThat(e.problems()).extracting(DecisionProblem::field).containsExactly("outcomes"));
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void a_decision_on_an_unknown_or_repeated_question_names_it() {
        InformationCase c = openCase();
        assertThatThrownBy(() -> draft(c, List.of(
                new QuestionDecision(1, Outcome.NOT_HELD, "No."),
                new QuestionDecision(9, null, " "))))
                .isInstanceOfSatisfying(InvalidDecisionException.class,
                        e -> assertThat(e.problems()).extracting(DecisionProblem::field).containsExactly(
                                "outcomes[1].question", "outcomes[1].outcome", "outcomes[1].answer"));
        assertThatThrownBy(() -> draft(c, List.of(
                new QuestionDecision(1, Outcome.NOT_HELD, "No."),
                new QuestionDecision(1, Outcome.NOT_HELD, "No."))))
                .isInstanceOfSatisfying(InvalidDecisionException.class,
                        e -> assertThat(e.problems()).extracting(DecisionProblem::field).containsExactly(
                                "outcomes[1].question"));
    }

    @Test
    void an_answer_too_long_or_with_control_characters_is_named_and_answers_too_long_together_are_refused() {
        InformationCase c = openCase();
        assertThatThrownBy(() -> draft(c, List.of(
                new QuestionDecision(1, Outcome.NOT_HELD, "x".repeat(5001)),
                new QuestionDecision(2, Outcome.NOT_HELD, "Not held\u0000."))))
                .isInstanceOfSatisfying(InvalidDecisionException.class,
                        e -> assertThat(e.problems()).extracting(DecisionProblem::field)
                                .containsExactly("outcomes[0].answer", "outcomes[1].answer"));
        // Exactly at the limit is accepted.
        InformationCase atLimit = openCase();
        draft(atLimit, List.of(new QuestionDecision(1, Outcome.NOT_HELD, "x".repeat(5000)),
                new QuestionDecision(2, Outcome.NOT_HELD, "y".repeat(5000))));
        assertThat(atLimit.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
    }

    @Test
    void answers_within_their_own_limit_but_too_long_together_are_refused() {
        List<CaseQuestion> nine = java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(n -> CaseQuestion.asked(n, "Question " + n)).toList();
        InformationCase c = InformationCase.open("FOI-2026-000002", java.util.UUID.randomUUID(), Regime.FOIA,
                LocalDate.of(2026, 4, 14), "Jane Citizen", nine, Calendars.clock(), 1, Instant.EPOCH);
        List<QuestionDecision> long_ = nine.stream()
                .map(q -> new QuestionDecision(q.number(), Outcome.NOT_HELD, "x".repeat(5000))).toList();

        assertThatThrownBy(() -> draft(c, long_))
                .isInstanceOfSatisfying(InvalidDecisionException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::field, DecisionProblem::reason).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("outcomes", "The answers, reasons and advice come"
                                        + " to 45000 characters: keep them to 40000 in all, and link to longer material")));
    }

    @Test
    void a_case_whose_decision_is_approved_cannot_be_drafted_or_approved_again() {
        InformationCase c = openCase();
        List<QuestionDecision> all = List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No."),
                new QuestionDecision(2, Outcome.NOT_HELD, "No."));
        draft(c, all);
        c.approveDecision("approver", LocalDate.of(2026, 5, 7), Instant.EPOCH, Calendars.clock(), 40);

        assertThatThrownBy(() -> draft(c, all)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> c.approveDecision("approver2", LocalDate.of(2026, 5, 7), Instant.EPOCH,
                Calendars.clock(), 40)).isInstanceOf(IllegalTransitionException.class);
        assertThat(CaseLifecycle.allowedIn(CaseStatus.DECISION_APPROVED)).containsOnly(CaseLifecycle.Action.ADD_NOTE,
                CaseLifecycle.Action.RECORD_RESPONSE, CaseLifecycle.Action.LETTER_BLOCKED,
                CaseLifecycle.Action.REQUEST_REVIEW);
    }

    @Test
    void a_blocked_letter_sends_the_approved_decision_back_to_be_put_right_with_the_same_four_eyes() {
        InformationCase c = openCase();
        List<QuestionDecision> all = List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No."),
                new QuestionDecision(2, Outcome.NOT_HELD, "No."));
        draft(c, all);
        c.approveDecision("approver", LocalDate.of(2026, 5, 7), Instant.EPOCH, Calendars.clock(), 40);

        c.letterBlocked(false, 1, List.of("Question 2's answer still reads like a placeholder (\"TBC\")."),
                Instant.EPOCH);
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.timeline().get(c.timeline().size() - 1).detail()).contains("Letter version 1 was not sent",
                "TBC", "Amend the decision");
        draft(c, all);
        assertThatThrownBy(() -> c.approveDecision("officer", LocalDate.of(2026, 5, 7), Instant.EPOCH,
                Calendars.clock(), 40)).isInstanceOf(FourEyesException.class);
        c.approveDecision("approver", LocalDate.of(2026, 5, 7), Instant.EPOCH, Calendars.clock(), 40);
        assertThat(c.status()).isEqualTo(CaseStatus.DECISION_APPROVED);

        // A review letter blocked while the case is elsewhere goes on the timeline only.
        c.letterBlocked(true, 2, List.of("The review's finding on question 1 gives no reasons."), Instant.EPOCH);
        assertThat(c.status()).isEqualTo(CaseStatus.DECISION_APPROVED);
    }

    @Test
    void an_internal_review_is_due_in_20_working_days_and_decided_by_neither_the_drafter_nor_the_approver() {
        InformationCase c = openCase();
        draft(c, List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No."), new QuestionDecision(2, Outcome.NOT_HELD,
                "No.")));
        c.approveDecision("approver", LocalDate.of(2026, 5, 7), Instant.EPOCH, Calendars.clock(), 40);
        c.requestReview(LocalDate.of(2026, 5, 20), "The costs are held.", Instant.EPOCH, Calendars.clock(), 20);
        assertThat(c.status()).isEqualTo(CaseStatus.REVIEW_OPEN);
        // 20 working days after Wednesday 20 May 2026, 25 May and 15 June (Scotland) not counted: Friday 19 June.
        assertThat(c.review().dueDate()).isEqualTo(LocalDate.of(2026, 6, 19));

        List<Review.QuestionFinding> findings = List.of(
                new Review.QuestionFinding(1, Review.Finding.UPHELD, "Not held."),
                new Review.QuestionFinding(2, Review.Finding.UPHELD, "Not held either."));
        assertThatThrownBy(() -> c.decideReview(findings, "officer", LocalDate.of(2026, 6, 1), Instant.EPOCH))
                .isInstanceOf(FourEyesException.class);
        assertThatThrownBy(() -> c.decideReview(findings, "approver", LocalDate.of(2026, 6, 1), Instant.EPOCH))
                .isInstanceOf(FourEyesException.class);
        assertThatThrownBy(() -> c.decideReview(findings.subList(0, 1), "reviewer", LocalDate.of(2026, 6, 1),
                Instant.EPOCH)).isInstanceOfSatisfying(InvalidDecisionException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::field).containsExactly("outcomes"));

        c.decideReview(findings, "reviewer", LocalDate.of(2026, 6, 22), Instant.EPOCH);
        assertThat(c.status()).isEqualTo(CaseStatus.REVIEW_DECIDED);
        assertThat(c.review().outcome()).isEqualTo(Review.Finding.UPHELD);
        assertThat(c.review().late()).isTrue();
        assertThat(Review.overall(List.of(findings.get(0), new Review.QuestionFinding(2, Review.Finding.OVERTURNED,
                "Held.")))).isEqualTo(Review.Finding.PARTLY_OVERTURNED);
    }

    @Test
    void a_request_withdrawn_before_the_response_is_closed_as_withdrawn() {
        InformationCase c = openCase();
        c.withdraw("Found it elsewhere.", Instant.EPOCH);
        assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(c.outcome()).isEqualTo(CaseOutcome.WITHDRAWN);
        assertThat(c.status().isOpen()).isFalse();
    }

    @Test
    void approval_without_a_draft_is_refused() {
        InformationCase c = openCase();
        assertThatThrownBy(() -> c.approveDecision("approver", LocalDate.of(2026, 5, 7), Instant.EPOCH,
                Calendars.clock(), 40)).isInstanceOf(IllegalTransitionException.class);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void changing_the_regime_moves_the_due_date_and_records_why() {
        InformationCase c = InformationCase.open("FOI-2026-000002", java.util.UUID.randomUUID(), Regime.FOIA,
                LocalDate.of(2026, 3, 12), "Jane Citizen", List.of(CaseQuestion.asked(1, "Air quality?")), Calendars.clock(), 1,
                Instant.EPOCH);
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 4, 14));

        List<DueDateMoved> moved = c.changeRegime(Regime.FOISA, "A Scottish authority", "officer", Instant.EPOCH,
                Calendars.clock());

        assertThat(c.regime()).isEqualTo(Regime.FOISA);
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(moved).singleElement().satisfies(m -> {
            assertThat(m.previousDueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
            assertThat(m.dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
            assertThat(m.cause()).isEqualTo(DueDateMoved.Cause.REGIME_CHANGED);
        });
        assertThat(c.timeline()).last().satisfies(t -> {
            assertThat(t.what()).isEqualTo("Regime changed from FOIA to FOISA");
            assertThat(t.detail()).isEqualTo("A Scottish authority");
            assertThat(t.actor()).isEqualTo("officer");
        });
    }

    @Test
    void a_change_to_eir_that_leaves_the_date_alone_is_still_on_the_timeline_but_publishes_nothing() {
        InformationCase c = openCase();
        assertThat(c.changeRegime(Regime.EIR, "Emissions data is environmental information", "officer", Instant.EPOCH,
                Calendars.clock())).isEmpty();
        assertThat(c.timeline()).last().extracting(TimelineEntry::what).isEqualTo("Regime changed from FOIA to EIR");
    }

    @Test
    void foisa_allows_no_extension_and_foia_no_more_than_twenty_days() {
        InformationCase scottish = openCase();
        scottish.changeRegime(Regime.FOISA, "Scottish", "officer", Instant.EPOCH, Calendars.clock());
        assertThatThrownBy(() -> scottish.recordClockEvent(new ClockEvent(ClockEvent.Kind.EXTENDED,
                LocalDate.of(2026, 4, 20), 10, "Public interest"), TODAY, "officer", Instant.EPOCH, Calendars.clock()))
                .isInstanceOf(InvalidClockActionException.class).hasMessageContaining("FOISA allows no extension");

        InformationCase english = openCase();
        assertThatThrownBy(() -> english.recordClockEvent(new ClockEvent(ClockEvent.Kind.EXTENDED,
                LocalDate.of(2026, 4, 20), 21, "Public interest"), TODAY, "officer", Instant.EPOCH, Calendars.clock()))
                .isInstanceOfSatisfying(InvalidClockActionException.class,
                        e -> assertThat(e.problems()).extracting(DecisionProblem::field).containsExactly("amount"));
        assertThatThrownBy(() -> english.recordClockEvent(new ClockEvent(ClockEvent.Kind.EXTENDED,
                LocalDate.of(2026, 4, 20), 20, " "), TODAY, "officer", Instant.EPOCH, Calendars.clock()))
                .isInstanceOfSatisfying(InvalidClockActionException.class,
                        e -> assertThat(e.problems()).extracting(DecisionProblem::field).containsExactly("reason"));

        List<DueDateMoved> moved = english.recordClockEvent(new ClockEvent(ClockEvent.Kind.EXTENDED,
                LocalDate.of(2026, 4, 20), 20, "Weighing section 43"), TODAY, "officer", Instant.EPOCH, Calendars.clock());
        assertThat(moved).singleElement().extracting(DueDateMoved::cause).isEqualTo(DueDateMoved.Cause.EXTENDED);
        assertThat(english.workingDays()).isEqualTo(40);
        assertThat(english.deadline(Calendars.clock()).refusalNoticeDue()).isEqualTo(LocalDate.of(2026, 5, 13));
        // Changing the regime now would leave the extension without a basis.
        assertThatThrownBy(() -> english.changeRegime(Regime.EIR, "Environmental", "officer", Instant.EPOCH,
                Calendars.clock())).isInstanceOf(InvalidClockActionException.class);
    }

    @Test
    void a_clarification_stops_the_clock_and_its_answer_restarts_it_from_day_0() {
        InformationCase c = openCase();
        List<DueDateMoved> stopped = c.recordClockEvent(new ClockEvent(ClockEvent.Kind.CLARIFICATION_REQUESTED,
                LocalDate.of(2026, 4, 15), 0, "Which year?"), TODAY, "officer", Instant.EPOCH, Calendars.clock());
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_CLARIFICATION);
        assertThat(c.dueDate()).isNull();
        assertThat(stopped).singleElement().extracting(DueDateMoved::cause).isEqualTo(DueDateMoved.Cause.CLOCK_STOPPED);

        // An answer dated before the question is refused; so is one still to come.
        assertThatThrownBy(() -> c.recordClockEvent(ClockEvent.of(ClockEvent.Kind.CLARIFICATION_RECEIVED,
                LocalDate.of(2026, 4, 14)), TODAY, "officer", Instant.EPOCH, Calendars.clock()))
                .isInstanceOf(InvalidClockActionException.class);
        assertThatThrownBy(() -> c.recordClockEvent(ClockEvent.of(ClockEvent.Kind.CLARIFICATION_RECEIVED,
                TODAY.plusDays(1)), TODAY, "officer", Instant.EPOCH, Calendars.clock()))
                .isInstanceOf(InvalidClockActionException.class);

        List<DueDateMoved> restarted = c.recordClockEvent(ClockEvent.of(ClockEvent.Kind.CLARIFICATION_RECEIVED,
                LocalDate.of(2026, 4, 20)), TODAY, "officer", Instant.EPOCH, Calendars.clock());
        // Day 0 is Monday 20 April 2026: 20 working days, 4 May not counted, give Tuesday 19 May.
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(restarted).singleElement().extracting(DueDateMoved::cause)
                .isEqualTo(DueDateMoved.Cause.CLOCK_RESTARTED);
    }

    @Test
    void an_unanswered_clarification_lapses_after_three_months() {
        InformationCase c = openCase();
        c.recordClockEvent(new ClockEvent(ClockEvent.Kind.CLARIFICATION_REQUESTED, LocalDate.of(2026, 4, 15), 0,
                "Which year?"), TODAY, "officer", Instant.EPOCH, Calendars.clock());

        assertThat(c.lapseIfDue(LocalDate.of(2026, 7, 14), Instant.EPOCH, Calendars.clock())).isEmpty();
        assertThat(c.lapseIfDue(LocalDate.of(2026, 7, 15), Instant.EPOCH, Calendars.clock())).isPresent();
        assertThat(c.status()).isEqualTo(CaseStatus.LAPSED);
        assertThat(c.timeline()).last().extracting(TimelineEntry::what).isEqualTo("Request lapsed");
    }

    @Test
    void a_new_holiday_re_dates_an_open_case_and_says_which() {
        InformationCase c = openCase();
        java.util.List<BankHoliday> more = new java.util.ArrayList<>(Calendars.bundled().all());
        more.add(new BankHoliday(Nation.SCOTLAND, LocalDate.of(2026, 5, 8), "Proclaimed day"));
        StatutoryClock newer = new StatutoryClock(new BankHolidayCalendar(more), ClockRules.standard());

        List<DueDateMoved> moved = c.redate(newer, 2, "Bank holiday added: Friday 8 May 2026", Instant.EPOCH);

        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(c.calendarRevision()).isEqualTo(2);
        assertThat(moved).singleElement().satisfies(m -> {
            assertThat(m.previousDueDate()).isEqualTo(LocalDate.of(2026, 5, 13));
            assertThat(m.cause()).isEqualTo(DueDateMoved.Cause.CALENDAR_CHANGED);
        });
        assertThat(c.timeline()).last().satisfies(t -> {
            assertThat(t.previousDueDate()).isEqualTo(LocalDate.of(2026, 5, 13));
            assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 5, 14));
            assertThat(t.detail()).contains("8 May 2026");
        });
        // The same calendar again moves nothing and adds nothing.
        int entries = c.timeline().size();
        assertThat(c.redate(newer, 3, "again", Instant.EPOCH)).isEmpty();
        assertThat(c.timeline()).hasSize(entries);
    }

    @Test
    void an_unpaid_fee_lapses_after_three_months_and_a_paid_one_restarts_the_clock() {
        InformationCase unpaid = openCase();
        unpaid.recordClockEvent(new ClockEvent(ClockEvent.Kind.FEES_NOTICE_GIVEN, LocalDate.of(2026, 4, 20), 1_250,
                "250 pages at 5p"), TODAY,
                "officer", Instant.EPOCH, Calendars.clock());
        assertThat(unpaid.status()).isEqualTo(CaseStatus.FEE_PENDING);
        assertThat(unpaid.lapseIfDue(LocalDate.of(2026, 7, 19), Instant.EPOCH, Calendars.clock())).isEmpty();
        assertThat(unpaid.lapseIfDue(LocalDate.of(2026, 7, 20), Instant.EPOCH, Calendars.clock())).isPresent();
        assertThat(unpaid.status()).isEqualTo(CaseStatus.LAPSED);

        InformationCase paid = openCase();
        paid.recordClockEvent(new ClockEvent(ClockEvent.Kind.FEES_NOTICE_GIVEN, LocalDate.of(2026, 4, 20), 1_250,
                "250 pages at 5p"), TODAY,
                "officer", Instant.EPOCH, Calendars.clock());
        paid.recordClockEvent(ClockEvent.of(ClockEvent.Kind.FEE_RECEIVED, LocalDate.of(2026, 4, 24)), TODAY,
                "officer", Instant.EPOCH, Calendars.clock());
        // Received Tuesday 14 April; 20 to 24 April (five working days) are not counted: 13 May becomes 20 May.
        assertThat(paid.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(paid.dueDate()).isEqualTo(LocalDate.of(2026, 5, 20));
    }
}
