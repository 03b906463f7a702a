package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.foiplatform.assessment.domain.CostLimit.Activity;
import org.foiplatform.assessment.domain.CostLimit.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Fees Regulations 2004 reg 5: related requests received within any period of sixty consecutive working days
 * (FOIA s.10(6): not a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday in any part of the United
 * Kingdom) are estimated together, on real dates from the bundled calendar.
 */
class AggregationTest {

    private static final CostLimit COUNCIL = new CostLimit(Regime.FOIA, 45_000, 2_500, CostLimit.FOIA_ACTIVITIES);

    @ParameterizedTest(name = "{0} and {1}: within sixty working days {2}")
    @CsvSource({
            // Monday 5 January 2026 is working day 1; Monday 30 March is the 60th (2 January is a Scottish bank holiday
            // and 17 March a Northern Irish one, both outside this period or counted below).
            "2026-01-05, 2026-03-30, true",
            "2026-01-05, 2026-03-31, false",
            "2026-03-30, 2026-01-05, true", // either order
            "2026-01-05, 2026-01-05, true",
            // Over Christmas and the New Year: 25, 26 (substitute 28) December, 1 and 2 January are not working days.
            "2025-12-19, 2026-03-19, true",
            "2025-12-19, 2026-03-20, false",
            // Received on Saturday 4 April 2026: counted from Tuesday 7 April (Easter Monday is a bank holiday).
            "2026-04-04, 2026-07-02, true",
            "2026-04-04, 2026-07-03, false",
            "2026-11-27, 2027-02-25, true",
            "2026-11-27, 2027-02-26, false",
            // A date the calendar does not cover is never inside the period.
            "2028-12-01, 2029-01-10, false",
    })
    void two_requests_are_within_the_period_when_sixty_consecutive_working_days_hold_both(LocalDate one,
            LocalDate other, boolean within) {
        assertThat(Aggregation.withinPeriod(one, other, Calendars.clock(), 60)).isEqualTo(within);
    }

    private static RelatedRequest related(String reference, String receivedOn, boolean sameRequester) {
        return new RelatedRequest(reference, LocalDate.parse(receivedOn), 0.9, sameRequester, false);
    }

    @Test
    void only_foia_aggregates_and_only_requests_inside_the_period() {
        List<RelatedRequest> related = List.of(related("FOI-2026-000001", "2026-02-02", true),
                related("FOI-2026-000002", "2026-03-02", false), related("FOI-2025-000003", "2025-09-01", true));
        LocalDate receivedOn = LocalDate.of(2026, 3, 10);
        assertThat(Aggregation.aggregable(Regime.FOIA, receivedOn, related, Calendars.clock(), 60))
                .containsExactly("FOI-2026-000001", "FOI-2026-000002");
        // FOISA's regulations aggregate otherwise (SSI 2004/467 reg 6); the EIR have no cost limit.
        assertThat(Aggregation.aggregable(Regime.FOISA, receivedOn, related, Calendars.clock(), 60)).isEmpty();
        assertThat(Aggregation.aggregable(Regime.EIR, receivedOn, related, Calendars.clock(), 60)).isEmpty();
    }

    private static Item line(long units, String request) {
        return new Item(Activity.EXTRACTING, units, BigDecimal.ONE, "Reading each record", request);
    }

    @Test
    void an_estimate_adds_the_lines_of_aggregated_requests_and_refuses_any_other_request() {
        Set<String> aggregable = Set.of("FOI-2026-000001");
        // 600 minutes here and 600 for the related request: 20 hours, £500, over the £450 limit together.
        CostLimit.Estimate together = COUNCIL.estimate(List.of(line(600, null), line(600, "FOI-2026-000001")),
                aggregable);
        assertThat(together.hours()).isEqualByComparingTo("20");
        assertThat(together.costPence()).isEqualTo(50_000);
        assertThat(together.exceedsLimit()).isTrue();
        assertThat(together.aggregatedWith()).containsExactly("FOI-2026-000001");
        // Alone, 10 hours is within the limit.
        assertThat(COUNCIL.estimate(List.of(line(600, null))).exceedsLimit()).isFalse();

        assertThat(COUNCIL.check(List.of(line(600, null), line(600, "FOI-2026-000009")), aggregable))
                .singleElement().satisfies(p -> {
                    assertThat(p.item()).isEqualTo(1);
                    assertThat(p.field()).isEqualTo("request");
                    assertThat(p.reason()).contains("FOI-2026-000009").contains("reg 5(2)");
                });
        // Without aggregable requests a line for another request is refused.
        assertThat(COUNCIL.check(List.of(line(600, "FOI-2026-000001")))).hasSize(1);
        CostLimit scotland = new CostLimit(Regime.FOISA, 60_000, 1_500, CostLimit.FOISA_ACTIVITIES);
        assertThat(scotland.check(List.of(new Item(Activity.LOCATING, 10, BigDecimal.ONE, "x", "FOI-2026-000001")),
                aggregable)).singleElement().satisfies(p -> assertThat(p.reason()).contains("FOISA has no rule"));
    }

    @Test
    void a_refusal_on_cost_may_reach_the_limit_only_with_the_related_requests_work() {
        List<CaseQuestion> questions = List.of(CaseQuestion.asked(1, "All the gritting records for 2025"));
        List<QuestionDecision> decision = List.of(new QuestionDecision(1, Outcome.COST_LIMIT,
                "Finding this would cost more than the limit.", List.of(),
                List.of(line(600, null), line(600, "FOI-2026-000001")),
                "Ask about one month and we could answer it."));

        DecisionRules.Decided decided = DecisionRules.check(Regime.FOIA, questions, decision, Optional.of(COUNCIL),
                Set.of("FOI-2026-000001"));
        assertThat(decided.questions().get(0).costEstimate().aggregatedWith()).containsExactly("FOI-2026-000001");

        assertThatThrownBy(() -> DecisionRules.check(Regime.FOIA, questions, decision, Optional.of(COUNCIL), Set.of()))
                .isInstanceOfSatisfying(InvalidDecisionException.class, e -> assertThat(e.problems())
                        .extracting(DecisionProblem::field).containsExactly("outcomes[0].costEstimate[1].request"));
    }
}
