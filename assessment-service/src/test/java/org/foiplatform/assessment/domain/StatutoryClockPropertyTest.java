package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Properties that hold for every receipt date the calendar covers, worked out here independently of the
 * clock's own loop: the due date is a working day, lies after day 0, and exactly N working days lie in
 * (day 0, due date]. Every day of the six years is tried, with N drawn at random (seeded) from 1 to 60.
 */
class StatutoryClockPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2028, 12, 31);

    private static boolean isWorkingDay(LocalDate day, Set<Nation> nations) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return Calendars.bundled().holidaysOn(day).stream().noneMatch(h -> nations.contains(h.nation()));
    }

    @Test
    void for_every_receipt_date_the_due_date_is_the_nth_working_day_after_day_0() {
        Random random = new Random(20261129);
        int checked = 0;
        for (Regime regime : List.of(Regime.FOIA, Regime.EIR, Regime.FOISA, Regime.EIRS)) {
            Set<Nation> nations = regime.holidayNations(Nation.ENGLAND_AND_WALES);
            for (LocalDate received = FIRST; received.isBefore(LAST.minusDays(100)); received = received.plusDays(1)) {
                int n = 1 + random.nextInt(60);
                StatutoryClock clock = new StatutoryClock(Calendars.bundled(), ClockRules.standard().withWorkingDays(n));

                LocalDate due = clock.deadline(regime, List.of(ClockEvent.received(received))).dueDate();

                assertThat(due).as("%s received %s, N=%d", regime, received, n).isAfter(received);
                assertThat(isWorkingDay(due, nations)).as("%s due %s is a working day", regime, due).isTrue();
                int counted = 0;
                for (LocalDate d = received.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
                    counted += isWorkingDay(d, nations) ? 1 : 0;
                }
                assertThat(counted).as("%s received %s", regime, received).isEqualTo(n);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(8000);
    }

    @Test
    void for_every_receipt_date_a_sar_is_due_on_the_first_working_day_from_the_corresponding_date() {
        Set<Nation> nations = Set.of(Nation.ENGLAND_AND_WALES);
        for (LocalDate received = FIRST; received.isBefore(LAST.minusDays(40)); received = received.plusDays(1)) {
            LocalDate due = Calendars.clock().deadline(Regime.SAR, List.of(ClockEvent.received(received))).dueDate();

            LocalDate corresponding = received.plusMonths(1);
            assertThat(due).as("SAR received %s", received).isAfterOrEqualTo(corresponding);
            assertThat(isWorkingDay(due, nations)).isTrue();
            for (LocalDate d = corresponding; d.isBefore(due); d = d.plusDays(1)) {
                assertThat(isWorkingDay(d, nations)).as("no working day between %s and %s", corresponding, due).isFalse();
            }
            // The corresponding date: the same day of the next month, or its last day when there is none.
            assertThat(corresponding.getDayOfMonth()).isEqualTo(Math.min(received.getDayOfMonth(),
                    received.plusMonths(1).lengthOfMonth()));
        }
    }
}
