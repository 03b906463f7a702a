package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class InformationCaseTest {

    private InformationCase openCase() {
        return InformationCase.open("FOI-2026-000001", java.util.UUID.randomUUID(), LocalDate.of(2026, 4, 14),
                List.of(new CaseQuestion(1, "How many?", null, null), new CaseQuestion(2, "How much?", null, null)),
                new StatutoryClock(WorkingDayCalendar.weekendsOnly(), 20));
    }

    @Test
    void an_opened_case_is_open_under_foia_with_its_due_date() {
        InformationCase c = openCase();
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.regime()).isEqualTo(Regime.FOIA);
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void approving_a_decision_with_an_outcome_for_every_question_records_each() {
        InformationCase c = openCase();
        c.approveDecision(List.of(new QuestionDecision(2, Outcome.NOT_HELD, "Not held."),
                new QuestionDecision(1, Outcome.INFORMATION_PROVIDED, " 47 ")), "officer", Instant.EPOCH);

        assertThat(c.status()).isEqualTo(CaseStatus.DECISION_APPROVED);
        assertThat(c.questions()).extracting(CaseQuestion::outcome)
                .containsExactly(Outcome.INFORMATION_PROVIDED, Outcome.NOT_HELD);
        assertThat(c.questions().get(0).answer()).isEqualTo("47");
        assertThat(c.approvedBy()).isEqualTo("officer");
    }

    @Test
    void a_decision_that_leaves_a_question_out_is_refused() {
        InformationCase c = openCase();
        assertThatThrownBy(() -> c.approveDecision(List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No.")),
                "officer", Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidDecisionException.class,
                        e -> assertThat(e.problems()).extracting(DecisionProblem::field).containsExactly("outcomes"));
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void a_decision_on_an_unknown_or_repeated_question_names_it() {
        InformationCase c = openCase();
        assertThatThrownBy(() -> c.approveDecision(List.of(
                new QuestionDecision(1, Outcome.NOT_HELD, "No."),
                new QuestionDecision(1, Outcome.NOT_HELD, "No."),
                new QuestionDecision(9, null, " ")), "officer", Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidDecisionException.class,
                        e -> assertThat(e.problems()).extracting(DecisionProblem::field).containsExactly(
                                "outcomes[1].question", "outcomes[2].question", "outcomes[2].outcome",
                                "outcomes[2].answer"));
    }

    @Test
    void a_case_whose_decision_is_approved_cannot_be_approved_again() {
        InformationCase c = openCase();
        List<QuestionDecision> all = List.of(new QuestionDecision(1, Outcome.NOT_HELD, "No."),
                new QuestionDecision(2, Outcome.NOT_HELD, "No."));
        c.approveDecision(all, "officer", Instant.EPOCH);

        assertThatThrownBy(() -> c.approveDecision(all, "officer", Instant.EPOCH))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(CaseLifecycle.allowedIn(CaseStatus.DECISION_APPROVED)).isEmpty();
    }
}
