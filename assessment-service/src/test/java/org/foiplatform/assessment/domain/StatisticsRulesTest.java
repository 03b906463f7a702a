package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.foiplatform.assessment.domain.StatisticsRules.Band;
import org.foiplatform.assessment.domain.StatisticsRules.Category;
import org.foiplatform.assessment.domain.StatisticsRules.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of the published statistics, as tables: the share answered in time and the ICO's bands (95% or more good,
 * 90% to 95% adequate, under 90% unsatisfactory), the Cabinet Office's categories of outcome, and the quarters.
 */
class StatisticsRulesTest {

    @ParameterizedTest(name = "{0} of {1} in time: {2}, {3}")
    @CsvSource({
            "0,    0,    –,     NONE",
            "1,    1,    100%,  GOOD",
            "19,   20,   95%,   GOOD",
            // 94.99%: never rounded into good.
            "9499, 10000, 94.9%, ADEQUATE",
            "18,   20,   90%,   ADEQUATE",
            // 89.96%: shown as 89.9%, never as the 90% expected.
            "8996, 10000, 89.9%, UNSATISFACTORY",
            "17,   20,   85%,   UNSATISFACTORY",
            "2,    3,    66.6%, UNSATISFACTORY",
            "0,    5,    0%,    UNSATISFACTORY",
    })
    void the_share_in_time_and_its_band(long inTime, long answered, String shown, String band) {
        assertThat(StatisticsRules.percent(inTime, answered)).isEqualTo(shown);
        assertThat(StatisticsRules.band(inTime, answered)).isEqualTo(band.equals("NONE") ? null : Band.valueOf(band));
    }

    @Test
    void a_share_of_more_than_the_whole_is_refused() {
        assertThatThrownBy(() -> StatisticsRules.band(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatisticsRules.percent(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "answered {0}, due {1}: in time {2}")
    @CsvSource({
            "2026-05-12, 2026-05-13, true",
            // On the due date itself: in time.
            "2026-05-13, 2026-05-13, true",
            "2026-05-14, 2026-05-13, false",
            // Not answered, or no due date (a stopped clock): not counted as in time.
            ",           2026-05-13, false",
            "2026-05-13, ,           false",
    })
    void in_time_is_on_or_before_the_due_date_in_force(LocalDate decided, LocalDate due, boolean expected) {
        assertThat(StatisticsRules.inTime(decided, due)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "GRANTED_FULL,                GRANTED_IN_FULL",
            "GRANTED_PART_NOT_HELD_PART,  GRANTED_IN_FULL",
            "GRANTED_PART_WITHHELD_PART,  PARTIALLY_WITHHELD",
            "WITHHELD_FULL_EXEMPTION,     WITHHELD_IN_FULL",
            "INFORMATION_ACCESSIBLE_S21,  WITHHELD_IN_FULL",
            "NOT_HELD,                    NOT_HELD",
            "REFUSED_S12_COST,            REFUSED_ON_COST",
            "REFUSED_S14_VEXATIOUS,       VEXATIOUS_OR_REPEATED",
            "REFUSED_S14_REPEATED,        VEXATIOUS_OR_REPEATED",
            "WITHDRAWN,                   WITHDRAWN",
            "LAPSED_NO_CLARIFICATION,     LAPSED",
            "LAPSED_FEE_UNPAID,           LAPSED",
            "NCND,                        OTHER",
    })
    void each_case_outcome_has_its_cabinet_office_category(CaseOutcome outcome, Category category) {
        assertThat(Category.of(outcome)).isEqualTo(category);
    }

    @ParameterizedTest
    @EnumSource(CaseOutcome.class)
    void no_case_outcome_is_left_without_a_category(CaseOutcome outcome) {
        assertThat(Category.of(outcome)).isNotNull();
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
            "RESPONDED,         INFORMATION_PROVIDED,                     GRANTED_IN_FULL",
            "DECISION_APPROVED, INFORMATION_PROVIDED NOT_HELD,            GRANTED_IN_FULL",
            "RESPONDED,         INFORMATION_PROVIDED EXEMPT,              PARTIALLY_WITHHELD",
            "RESPONDED,         PARTLY_PROVIDED,                          PARTIALLY_WITHHELD",
            "REVIEW_DECIDED,    EXEMPT,                                   WITHHELD_IN_FULL",
            "RESPONDED,         EXEMPT NEITHER_CONFIRM_NOR_DENY,          WITHHELD_IN_FULL",
            "RESPONDED,         NOT_HELD,                                 NOT_HELD",
            "RESPONDED,         NEITHER_CONFIRM_NOR_DENY,                 OTHER",
            // A refusal on cost, vexatious or repeated counts for the whole request.
            "RESPONDED,         INFORMATION_PROVIDED COST_LIMIT,          REFUSED_ON_COST",
            "REVIEW_OPEN,       VEXATIOUS,                                VEXATIOUS_OR_REPEATED",
            "RESPONDED,         REPEATED NOT_HELD,                        VEXATIOUS_OR_REPEATED",
            // Withdrawn and lapsed whatever was decided before.
            "WITHDRAWN,         '',                                       WITHDRAWN",
            "LAPSED,            '',                                       LAPSED",
            // Not decided yet: no category.
            "OPEN,              '',                                       NONE",
            "AWAITING_APPROVAL, INFORMATION_PROVIDED UNDECIDED,           NONE",
    })
    void a_request_is_categorised_by_its_status_and_its_questions_outcomes(CaseStatus status, String outcomes,
            String expected) {
        Set<Outcome> set = outcomes.isBlank() ? Set.of() : Arrays.stream(outcomes.split(" "))
                .map(o -> o.equals("UNDECIDED") ? null : Outcome.valueOf(o))
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(Category.of(status, set)).isEqualTo(expected.equals("NONE") ? null : Category.valueOf(expected));
    }

    @ParameterizedTest(name = "on {0}: the last complete quarter is {1} to {2}")
    @CsvSource({
            "2026-11-30, 2026-07-01, 2026-09-30",
            "2026-10-01, 2026-07-01, 2026-09-30",
            "2026-09-30, 2026-04-01, 2026-06-30",
            // January: the last quarter of the year before.
            "2027-01-15, 2026-10-01, 2026-12-31",
            "2024-04-01, 2024-01-01, 2024-03-31",
    })
    void the_default_period_is_the_last_complete_quarter(LocalDate today, LocalDate from, LocalDate to) {
        assertThat(StatisticsRules.lastCompleteQuarter(today)).isEqualTo(new Period(from, to));
        assertThat(StatisticsRules.lastCompleteQuarter(today).isQuarter()).isTrue();
    }

    @Test
    void the_quick_links_are_the_last_four_quarters_latest_first() {
        List<Period> quarters = StatisticsRules.lastFourQuarters(LocalDate.of(2026, 2, 10));
        assertThat(quarters).extracting(Period::from).containsExactly(LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 1, 1));
        assertThat(quarters).extracting(StatisticsRules::quarterNumber).containsExactly(4, 3, 2, 1);
    }

    @Test
    void a_period_has_its_months_and_ends_on_or_after_it_starts() {
        Period p = new Period(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 2, 1));
        assertThat(p.months()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2));
        assertThat(p.isQuarter()).isFalse();
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
