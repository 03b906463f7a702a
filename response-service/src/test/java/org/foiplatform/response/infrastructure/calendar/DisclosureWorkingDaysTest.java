package org.foiplatform.response.infrastructure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.foiplatform.response.domain.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The publication delay counted in working days, with the bank holidays of the calendar contracts ships. */
class DisclosureWorkingDaysTest {

    private final WorkingDays workingDays = BankHolidayCalendar.load(
            getClass().getClassLoader().getResourceAsStream(BankHolidayCalendar.RESOURCE));

    @ParameterizedTest(name = "{0}: {2} working days after {1} is {3}")
    @CsvSource({
            // Thursday 18 December 2025 over Christmas: 19, 22, 23, 24, (25 and 26 bank holidays), 29.
            "FOIA,  2025-12-18, 5, 2025-12-29",
            "FOISA, 2025-12-18, 5, 2025-12-29",
            // Scotland's 2 January: a holiday for a Scottish regime...
            "FOISA, 2025-12-31, 1, 2026-01-05",
            "EIRS,  2025-12-31, 1, 2026-01-05",
            // ...and for the UK-wide ones, which skip a bank holiday in any region.
            "FOIA,  2025-12-31, 1, 2026-01-05",
            // St Patrick's Day (Northern Ireland only): skipped under FOIA, a working day under FOISA.
            "FOIA,  2026-03-16, 1, 2026-03-18",
            "FOISA, 2026-03-16, 1, 2026-03-17",
            // England's summer bank holiday (31 August 2026) is not Scotland's (3 August 2026).
            "FOISA, 2026-08-28, 1, 2026-08-31",
            "EIR,   2026-08-28, 1, 2026-09-01",
            "FOISA, 2026-07-31, 1, 2026-08-04",
            // A weekend start: Saturday 18 April 2026, five working days is Friday 24 April.
            "FOIA,  2026-04-18, 5, 2026-04-24",
            // Easter 2026: Good Friday 3 April, Easter Monday 6 April (not a Scottish holiday).
            "FOIA,  2026-04-02, 1, 2026-04-07",
            "FOISA, 2026-04-02, 1, 2026-04-06",
            // No delay: the day of the letter.
            "FOIA,  2026-04-15, 0, 2026-04-15",
    })
    void the_publication_date_skips_weekends_and_the_regimes_bank_holidays(String regime, LocalDate start, int days,
            LocalDate expected) {
        assertThat(workingDays.after(start, days, WorkingDays.Holidays.forRegime(regime))).isEqualTo(expected);
    }

    @Test
    void past_the_calendars_last_year_only_weekends_are_skipped_and_it_is_said_once() {
        AtomicInteger warnings = new AtomicInteger();
        WorkingDays counted = new WorkingDays(java.util.Map.of("england-and-wales",
                java.util.Set.of(LocalDate.of(2028, 12, 25))), 2028, warnings::incrementAndGet);

        // 1 January 2029 is not known to be a holiday: it counts.
        assertThat(counted.after(LocalDate.of(2028, 12, 29), 2, WorkingDays.Holidays.ANY_UK_REGION))
                .isEqualTo(LocalDate.of(2029, 1, 2));
        assertThat(warnings).hasValue(1);
        assertThat(counted.after(LocalDate.of(2028, 12, 1), 1, WorkingDays.Holidays.ANY_UK_REGION))
                .isEqualTo(LocalDate.of(2028, 12, 4));
        assertThat(warnings).hasValue(1);
    }

    @Test
    void the_bundled_calendar_covers_2028() {
        assertThat(workingDays.lastCoveredYear()).isEqualTo(2028);
        assertThat(workingDays.after(LocalDate.of(2029, 12, 24), 5, WorkingDays.Holidays.ANY_UK_REGION))
                .isEqualTo(LocalDate.of(2029, 12, 31));
    }
}
