package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules a decision must meet, question by question, each naming its field. */
class DecisionRulesTest {

    private static final CostLimit FOIA_LIMIT = new CostLimit(Regime.FOIA, 45_000, 2_500, CostLimit.FOIA_ACTIVITIES);
    private static final CostLimit FOISA_LIMIT = new CostLimit(Regime.FOISA, 60_000, 1_500, CostLimit.FOISA_ACTIVITIES);
    private static final List<CaseQuestion> ONE = List.of(CaseQuestion.asked(1, "What did the contract cost?"));
    private static final CitedExemption.PublicInterest TEST = new CitedExemption.PublicInterest(
            "Openness about spending.", "The supplier's prices would be known to its rivals.",
            "Withholding serves the public interest better.");

    private static QuestionDecision decided(Outcome outcome, List<CitedExemption> exemptions,
            List<CostLimit.Item> estimate, String advice) {
        return new QuestionDecision(1, outcome, "Our answer.", exemptions, estimate, advice);
    }

    private static List<String> fields(Regime regime, QuestionDecision decision) {
        Optional<CostLimit> limit = CostLimit.of(regime, FOIA_LIMIT, FOISA_LIMIT);
        try {
            DecisionRules.check(regime, ONE, List.of(decision), limit);
            return List.of();
        } catch (InvalidDecisionException e) {
            return e.problems().stream().map(DecisionProblem::field).toList();
        }
    }

    private static CostLimit.Item line(CostLimit.Activity activity, long units, int minutes) {
        return new CostLimit.Item(activity, units, BigDecimal.valueOf(minutes), "Each record read by hand.");
    }

    @Test
    void an_outcome_that_withholds_information_must_cite_an_exemption() {
        for (Outcome outcome : List.of(Outcome.EXEMPT, Outcome.PARTLY_PROVIDED, Outcome.NEITHER_CONFIRM_NOR_DENY)) {
            assertThat(fields(Regime.FOIA, decided(outcome, List.of(), null, null))).as(outcome.name())
                    .containsExactly("outcomes[0].exemptions");
        }
    }

    @Test
    void information_provided_cites_no_exemption() {
        assertThat(fields(Regime.FOIA, decided(Outcome.INFORMATION_PROVIDED, List.of(new CitedExemption("FOIA s.43(2)",
                "Prices.", null, TEST)), null, null))).containsExactly("outcomes[0].exemptions");
    }

    @Test
    void a_qualified_exemption_needs_the_public_interest_test_and_an_absolute_one_must_not_have_it() {
        assertThat(fields(Regime.FOIA, decided(Outcome.EXEMPT, List.of(new CitedExemption("FOIA s.43(2)",
                "Prices.", null, null)), null, null))).containsExactly("outcomes[0].exemptions[0].publicInterest");
        assertThat(fields(Regime.FOIA, decided(Outcome.EXEMPT, List.of(new CitedExemption("FOIA s.40(2)",
                "Staff names.", null, TEST)), null, null))).containsExactly("outcomes[0].exemptions[0].publicInterest");
        assertThat(fields(Regime.FOIA, decided(Outcome.EXEMPT, List.of(new CitedExemption("FOIA s.43(2)",
                "Prices.", null, TEST)), null, null))).isEmpty();
    }

    @Test
    void section_21_says_where_the_information_is() {
        assertThat(fields(Regime.FOIA, decided(Outcome.EXEMPT, List.of(new CitedExemption("FOIA s.21",
                "It is published.", null, null)), null, null))).containsExactly("outcomes[0].exemptions[0].availableAt");
        assertThat(fields(Regime.FOIA, decided(Outcome.EXEMPT, List.of(new CitedExemption("FOIA s.21",
                "It is published.", "https://www.example.gov.uk/contracts", null)), null, null))).isEmpty();
    }

    @Test
    void a_case_under_the_eir_cannot_cite_foia_sections() {
        assertThat(fields(Regime.EIR, decided(Outcome.EXEMPT, List.of(new CitedExemption("FOIA s.43(2)",
                "Prices.", null, TEST)), null, null))).containsExactly("outcomes[0].exemptions[0].provision");
        assertThat(fields(Regime.EIR, decided(Outcome.EXEMPT, List.of(new CitedExemption("EIR 12(5)(e)",
                "Prices.", null, TEST)), null, null))).isEmpty();
    }

    @Test
    void a_refusal_on_cost_needs_an_estimate_above_the_limit_and_advice_on_narrowing_the_request() {
        List<CostLimit.Item> seed = List.of(line(CostLimit.Activity.EXTRACTING, 13_000, 2));
        assertThat(fields(Regime.FOIA, decided(Outcome.COST_LIMIT, List.of(), seed,
                "Ask about one month."))).isEmpty();
        assertThat(fields(Regime.FOIA, decided(Outcome.COST_LIMIT, List.of(), seed, null)))
                .containsExactly("outcomes[0].advice");
        assertThat(fields(Regime.FOIA, decided(Outcome.COST_LIMIT, List.of(), null, "Narrow it.")))
                .containsExactly("outcomes[0].costEstimate");
        // 18 hours exactly is £450: it does not exceed the limit (s.12(1): "would exceed").
        assertThat(fields(Regime.FOIA, decided(Outcome.COST_LIMIT, List.of(),
                List.of(line(CostLimit.Activity.LOCATING, 540, 2)), "Narrow it.")))
                .containsExactly("outcomes[0].costEstimate");
        assertThat(fields(Regime.FOIA, decided(Outcome.COST_LIMIT, List.of(),
                List.of(line(CostLimit.Activity.LOCATING, 541, 2)), "Narrow it."))).isEmpty();
        // FOISA does not count determining whether the information is held.
        assertThat(fields(Regime.FOISA, decided(Outcome.COST_LIMIT, List.of(),
                List.of(line(CostLimit.Activity.DETERMINING, 13_000, 2)), "Narrow it.")))
                .containsExactly("outcomes[0].costEstimate[0].activity");
    }

    @Test
    void the_eir_have_no_cost_limit_and_no_exception_for_repeated_requests() {
        assertThat(fields(Regime.EIR, decided(Outcome.COST_LIMIT, List.of(),
                List.of(line(CostLimit.Activity.EXTRACTING, 13_000, 2)), "Narrow it.")))
                .containsExactly("outcomes[0].outcome");
        assertThat(fields(Regime.EIR, decided(Outcome.REPEATED, List.of(), null, null)))
                .containsExactly("outcomes[0].outcome");
        assertThat(fields(Regime.FOIA, decided(Outcome.REPEATED, List.of(), null, null))).isEmpty();
    }

    @Test
    void only_a_refusal_on_cost_carries_an_estimate() {
        assertThat(fields(Regime.FOIA, decided(Outcome.NOT_HELD, List.of(),
                List.of(line(CostLimit.Activity.EXTRACTING, 13_000, 2)), null)))
                .containsExactly("outcomes[0].costEstimate");
    }

    @Test
    void advice_may_go_with_any_outcome_within_its_limit() {
        assertThat(fields(Regime.FOIA, decided(Outcome.NOT_HELD, List.of(), null, "Highways may hold it.")))
                .isEmpty();
        assertThat(fields(Regime.FOIA, decided(Outcome.NOT_HELD, List.of(), null, "x".repeat(2_001))))
                .containsExactly("outcomes[0].advice");
    }

    @Test
    void the_reasons_and_arguments_count_towards_the_decisions_limit() {
        List<CaseQuestion> nine = java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(n -> CaseQuestion.asked(n, "Question " + n)).toList();
        String long_ = "x".repeat(1_500);
        List<QuestionDecision> decisions = nine.stream().map(q -> new QuestionDecision(q.number(), Outcome.EXEMPT,
                "y".repeat(1_000), List.of(new CitedExemption("FOIA s.43(2)", long_, null,
                        new CitedExemption.PublicInterest(long_, long_, long_))), null, "z".repeat(500))).toList();
        // 9 x (1,000 + 4 x 1,500 + 500) = 67,500 characters, over 40,000 in all though each text is within its own.
        assertThatThrownBy(() -> DecisionRules.check(Regime.FOIA, nine, decisions, Optional.of(FOIA_LIMIT)))
                .isInstanceOfSatisfying(InvalidDecisionException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::field).containsExactly("outcomes"));
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({
            "INFORMATION_PROVIDED INFORMATION_PROVIDED, GRANTED_FULL",
            "INFORMATION_PROVIDED NOT_HELD, GRANTED_PART_NOT_HELD_PART",
            "INFORMATION_PROVIDED EXEMPT, GRANTED_PART_WITHHELD_PART",
            "PARTLY_PROVIDED NOT_HELD, GRANTED_PART_WITHHELD_PART",
            "EXEMPT NOT_HELD, WITHHELD_FULL_EXEMPTION",
            "NOT_HELD NOT_HELD, NOT_HELD",
            "NEITHER_CONFIRM_NOR_DENY, NCND",
            "INFORMATION_PROVIDED COST_LIMIT NOT_HELD, REFUSED_S12_COST",
            "VEXATIOUS, REFUSED_S14_VEXATIOUS",
            "REPEATED, REFUSED_S14_REPEATED",
    })
    void the_outcome_of_a_request_for_the_statistics_comes_from_its_questions(String outcomes, CaseOutcome expected) {
        String[] each = outcomes.split(" ");
        List<CaseQuestion> questions = java.util.stream.IntStream.range(0, each.length)
                .mapToObj(i -> new CaseQuestion(i + 1, "Q", Outcome.valueOf(each[i]), "A",
                        List.of(new CitedExemption("FOIA s.43(2)", "r", null, TEST)), null, null))
                .toList();
        assertThat(CaseOutcome.of(questions)).isEqualTo(expected);
    }

    @Test
    void a_request_withheld_only_because_it_is_published_counts_as_accessible_otherwise() {
        CaseQuestion published = new CaseQuestion(1, "Q", Outcome.EXEMPT, "A", List.of(new CitedExemption(
                "FOIA s.21", "Published.", "https://www.example.gov.uk", null)), null, null);
        assertThat(CaseOutcome.of(List.of(published))).isEqualTo(CaseOutcome.INFORMATION_ACCESSIBLE_S21);
    }
}
