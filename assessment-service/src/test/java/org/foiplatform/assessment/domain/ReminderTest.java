package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reminder is due on a day, as a table of real dates (a case due Wednesday 13 May 2026 under FOIA). */
class ReminderTest {

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            // Thursday 30 April: 8 working days left (4 May is a bank holiday): nothing yet.
            "2026-04-30, none",
            // Wednesday 6 May: 7, 8, 11, 12, 13 May are the five left.
            "2026-05-06, APPROACHING 5",
            // Thursday 7 May: 4 left, the 5-day point passed (a sweep that did not run on the 6th sends it late).
            "2026-05-07, APPROACHING 5",
            // Monday 11 May: 12 and 13 May left.
            "2026-05-11, APPROACHING 2",
            // The due date itself: still in time.
            "2026-05-13, APPROACHING 2",
            // The day after: missed.
            "2026-05-14, MISSED 0",
            "2026-06-30, MISSED 0",
    })
    void the_reminder_due_on_a_day(LocalDate today, String expected) {
        LocalDate due = LocalDate.of(2026, 5, 13);
        int left = today.isAfter(due) ? 0 : Calendars.clock().workingDaysBetween(Regime.FOIA, today, due);
        String got = Reminder.dueOn(today, due, left, List.of(5, 2))
                .map(r -> r.kind() + " " + r.workingDaysLeft()).orElse("none");
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: working days after {1} up to {2} = {3}")
    @CsvSource({
            "FOIA,  2026-05-06, 2026-05-13, 5",
            "FOIA,  2026-04-30, 2026-05-13, 8",
            // Scotland's World Cup bank holiday on Monday 15 June 2026 counts for FOISA too.
            "FOISA, 2026-06-12, 2026-06-19, 4",
            // Northern Ireland's substitute Battle of the Boyne day (13 July 2026): FOIA skips it, FOISA does not.
            "FOIA,  2026-07-10, 2026-07-17, 4",
            "FOISA, 2026-07-10, 2026-07-17, 5",
            "FOIA,  2026-05-13, 2026-05-13, 0",
    })
    void working_days_between_two_dates(Regime regime, LocalDate from, LocalDate to, int expected) {
        assertThat(Calendars.clock().workingDaysBetween(regime, from, to)).isEqualTo(expected);
    }
}
