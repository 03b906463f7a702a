package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FOIA s.10(1), weekends only for now: the twentieth working day following the date of receipt.
 * Each row is a real date, worked out by hand from a calendar.
 */
class StatutoryClockTest {

    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.weekendsOnly(), 20);

    @ParameterizedTest(name = "received {0} ({1}) -> due {2}")
    @CsvSource({
            "2026-04-14, a Tuesday,                          2026-05-12",
            "2026-01-02, a Friday,                           2026-01-30",
            "2026-01-03, a Saturday: still day 0,            2026-01-30",
            "2026-01-04, a Sunday: still day 0,              2026-01-30",
            "2026-01-05, a Monday,                           2026-02-02",
            "2026-12-23, over Christmas (weekends only yet), 2027-01-20",
            "2028-02-29, a leap day,                         2028-03-28",
            "2026-11-27, a Friday whose 20th day is a Friday, 2026-12-25",
    })
    void the_due_date_is_the_twentieth_working_day_after_receipt(LocalDate receivedOn, String why, LocalDate due) {
        assertThat(clock.dueDate(receivedOn)).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"2026-04-14, 1, 2026-04-15", "2026-04-17, 1, 2026-04-20", "2026-04-14, 40, 2026-06-09"})
    void the_number_of_working_days_comes_from_configuration(LocalDate receivedOn, int days, LocalDate due) {
        assertThat(new StatutoryClock(WorkingDayCalendar.weekendsOnly(), days).dueDate(receivedOn)).isEqualTo(due);
    }
}
