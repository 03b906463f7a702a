package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.foiplatform.assessment.domain.CostLimit.Activity;
import org.foiplatform.assessment.domain.CostLimit.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostLimitTest {

    /** A council: £450 at £25 an hour (SI 2004/3244 regs 3 and 4). */
    private static final CostLimit COUNCIL = new CostLimit(Regime.FOIA, 45_000, 2_500, CostLimit.FOIA_ACTIVITIES);
    /** Central government: £600 at £25 an hour. */
    private static final CostLimit CENTRAL = new CostLimit(Regime.FOIA, 60_000, 2_500, CostLimit.FOIA_ACTIVITIES);
    /** Scotland: £600 at £15 an hour (SSI 2004/467). */
    private static final CostLimit SCOTLAND = new CostLimit(Regime.FOISA, 60_000, 1_500, CostLimit.FOISA_ACTIVITIES);

    private static Item item(Activity activity, long units, String minutes) {
        return new Item(activity, units, new BigDecimal(minutes), "how it was worked out");
    }

    @Test
    void the_limit_in_hours_is_the_limit_over_the_rate() {
        assertThat(COUNCIL.limitHours()).isEqualByComparingTo("18");
        assertThat(CENTRAL.limitHours()).isEqualByComparingTo("24");
        assertThat(SCOTLAND.limitHours()).isEqualByComparingTo("40");
    }

    @ParameterizedTest(name = "{0} minutes cost {1} pence: exceeds £450 {2}")
    @CsvSource({
            "1079, 44958, false",
            "1080, 45000, false", // exactly 18 hours is within the limit: s.12(1) says "would exceed"
            "1081, 45042, true",
            "26000, 1083333, true", // 13,000 records at 2 minutes each: 433.33 hours
    })
    void an_estimate_exceeds_the_limit_only_above_it(long minutes, long pence, boolean exceeds) {
        CostLimit.Estimate estimate = COUNCIL.estimate(List.of(item(Activity.EXTRACTING, minutes, "1")));
        assertThat(estimate.costPence()).isEqualTo(pence);
        assertThat(estimate.exceedsLimit()).isEqualTo(exceeds);
    }

    @Test
    void lines_are_summed_and_fractions_of_a_minute_count() {
        CostLimit.Estimate estimate = COUNCIL.estimate(List.of(item(Activity.LOCATING, 120, "3"),
                item(Activity.RETRIEVING, 120, "2.5"), item(Activity.EXTRACTING, 13_000, "2")));
        assertThat(estimate.minutes()).isEqualByComparingTo("26660");
        assertThat(estimate.hours()).isEqualByComparingTo("444.33");
        assertThat(estimate.costPence()).isEqualTo(1_110_833);
        assertThat(estimate.exceedsLimit()).isTrue();
        // The same work is within central government's £600 only if under 24 hours.
        assertThat(CENTRAL.estimate(List.of(item(Activity.LOCATING, 1_400, "1"))).exceedsLimit()).isFalse();
        assertThat(CENTRAL.estimate(List.of(item(Activity.LOCATING, 1_441, "1"))).exceedsLimit()).isTrue();
    }

    @Test
    void only_the_activities_the_regulations_allow_are_counted() {
        // FOIA reg 4(3) counts determining whether it is held; FOISA does not, but counts providing it.
        assertThat(COUNCIL.check(List.of(item(Activity.PROVIDING, 10, "1"))))
                .extracting(CostLimit.Problem::field).containsExactly("activity");
        assertThat(SCOTLAND.check(List.of(item(Activity.DETERMINING, 10, "1"))))
                .extracting(CostLimit.Problem::field).containsExactly("activity");
        assertThat(SCOTLAND.check(List.of(item(Activity.PROVIDING, 10, "1")))).isEmpty();
        assertThat(SCOTLAND.estimate(List.of(item(Activity.LOCATING, 2_401, "1"))).exceedsLimit()).isTrue();
    }

    @Test
    void every_line_needs_units_minutes_and_an_explanation() {
        List<CostLimit.Problem> problems = COUNCIL.check(List.of(new Item(Activity.LOCATING, 0, BigDecimal.ZERO, " "),
                new Item(null, 5, new BigDecimal("-1"), "x")));
        assertThat(problems).extracting(p -> p.item() + "." + p.field()).containsExactly("0.units",
                "0.minutesPerUnit", "0.explanation", "1.activity", "1.minutesPerUnit");
        assertThat(COUNCIL.check(List.of())).hasSize(1);
        assertThatThrownBy(() -> COUNCIL.estimate(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_environmental_regimes_and_subject_access_have_no_cost_limit() {
        for (Regime regime : List.of(Regime.EIR, Regime.EIRS, Regime.SAR)) {
            assertThatThrownBy(() -> new CostLimit(regime, 45_000, 2_500, CostLimit.FOIA_ACTIVITIES))
                    .hasMessageContaining("no cost limit");
            assertThat(CostLimit.of(regime, COUNCIL, SCOTLAND)).isEmpty();
        }
    }
}
