package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clock as tables of real dates. {@code clock/deadlines.csv} was worked out by a separate program
 * ({@code clock/oracle.py}, written from the rules in plain words, not from this code) from the same
 * bank-holiday data: the worked examples in docs/domain/statutory-clock.md, Christmas and New Year, Easter,
 * St Andrew's Day, 17 March and 12 July, substitute days, the 2023 coronation, Scotland's 15 June 2026,
 * receipt on weekends and holidays, fee pauses, clarifications, 40 and 60 working days and SAR month ends.
 */
class StatutoryClockTest {

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/clock/deadlines.csv", numLinesToSkip = 1)
    void every_row_of_the_table_gives_its_due_date(String description, String regime, String received,
            String clarificationRequested, String clarificationReceived, String feesNotice, String feesPaid,
            Integer workingDays, Integer extensionMonths, String dueDate) {
        Regime r = Regime.valueOf(regime);
        List<ClockEvent> later = new ArrayList<>();
        if (date(clarificationRequested) != null) {
            later.add(ClockEvent.of(ClockEvent.Kind.CLARIFICATION_REQUESTED, date(clarificationRequested)));
        }
        if (date(clarificationReceived) != null) {
            later.add(ClockEvent.of(ClockEvent.Kind.CLARIFICATION_RECEIVED, date(clarificationReceived)));
        }
        if (date(feesNotice) != null) {
            later.add(ClockEvent.of(ClockEvent.Kind.FEES_NOTICE_GIVEN, date(feesNotice)));
        }
        if (date(feesPaid) != null) {
            // A SAR row may give only the day the fee came: the month runs from it.
            later.add(ClockEvent.of(ClockEvent.Kind.FEE_RECEIVED, date(feesPaid)));
        }
        later.sort(Comparator.comparing(ClockEvent::on));
        List<ClockEvent> history = new ArrayList<>();
        history.add(ClockEvent.received(date(received)));
        history.addAll(later);
        if (extensionMonths != null && extensionMonths > 0) {
            history.add(new ClockEvent(ClockEvent.Kind.EXTENDED, date(received), extensionMonths, "complex"));
        }
        ClockRules rules = workingDays == null ? ClockRules.standard() : ClockRules.standard().withWorkingDays(workingDays);

        Deadline deadline = new StatutoryClock(Calendars.bundled(), rules).deadline(r, history);

        assertThat(deadline.dueDate()).as(description).isEqualTo(LocalDate.parse(dueDate));
    }

    @ParameterizedTest(name = "{0} received {1}: due {2}")
    @CsvSource({
            // The worked examples (docs/domain/statutory-clock.md): FOIA counts every nation's holidays.
            "FOIA,  2026-03-12, 2026-04-14",
            "EIR,   2026-03-12, 2026-04-14",
            // FOISA s.73: Scotland has no Easter Monday and ignores 17 March.
            "FOISA, 2026-03-12, 2026-04-10",
            "EIRS,  2026-03-12, 2026-04-10",
            "FOIA,  2025-12-22, 2026-01-23",
            "FOIA,  2027-12-20, 2028-01-21",
            // UK GDPR Art. 12(3): 31 January, Saturday 28 February 2026, so Monday 2 March.
            "SAR,   2026-01-31, 2026-03-02",
            // 8 May 2023, the coronation: a one-off bank holiday in every nation.
            "FOIA,  2023-05-02, 2023-06-01",
    })
    void the_worked_examples(Regime regime, LocalDate received, LocalDate due) {
        assertThat(Calendars.clock().deadline(regime, List.of(ClockEvent.received(received))).dueDate()).isEqualTo(due);
    }

    @Test
    void the_explanation_names_each_day_not_counted_and_why() {
        Deadline d = Calendars.clock().deadline(Regime.FOIA, List.of(ClockEvent.received(LocalDate.of(2026, 3, 12))));

        assertThat(d.dayZero()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(d.notCounted()).filteredOn(n -> n.reason() == Deadline.Reason.BANK_HOLIDAY)
                .extracting(Deadline.NotCounted::date, Deadline.NotCounted::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 17), "St Patrick’s Day (Northern Ireland)"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 3),
                                "Good Friday (England and Wales, Scotland, Northern Ireland)"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 6),
                                "Easter Monday (England and Wales, Northern Ireland)"));
        assertThat(d.notCounted()).filteredOn(n -> n.reason() == Deadline.Reason.WEEKEND).hasSize(10);
        assertThat(d.notes()).last().asString().contains("Tuesday 14 April 2026 is the 20th working day");
    }

    @Test
    void under_foisa_a_holiday_elsewhere_is_noted_as_a_working_day() {
        Deadline d = Calendars.clock().deadline(Regime.FOISA, List.of(ClockEvent.received(LocalDate.of(2026, 3, 12))));

        assertThat(d.notes()).anyMatch(n -> n.startsWith("Monday 6 April 2026 is a working day under FOISA section 73"));
    }

    @Test
    void a_public_interest_extension_keeps_the_original_date_for_the_refusal_notice() {
        // FOIA s.10(3) and s.17(1): received 12 March 2026, extended by 20 working days.
        Deadline d = Calendars.clock().deadline(Regime.FOIA, List.of(ClockEvent.received(LocalDate.of(2026, 3, 12)),
                new ClockEvent(ClockEvent.Kind.EXTENDED, LocalDate.of(2026, 4, 1), 20, "Weighing s.43")));

        assertThat(d.refusalNoticeDue()).isEqualTo(LocalDate.of(2026, 4, 14));
        // 20 further working days after 14 April: 4 May (early May bank holiday) is not counted.
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(d.workingDays()).isEqualTo(40);
    }

    @Test
    void a_fee_pause_inside_a_clarification_restart_inside_an_extension_composes() {
        // EIR, received Monday 2 February 2026; extended to 40 working days (reg 7) on 4 February; clarification
        // asked 5 February and received Monday 16 February (new day 0); fees notice Monday 2 March, fee paid
        // Friday 13 March: the ten working days 2 to 13 March are not counted.
        Deadline d = Calendars.clock().deadline(Regime.EIR, List.of(
                ClockEvent.received(LocalDate.of(2026, 2, 2)),
                new ClockEvent(ClockEvent.Kind.EXTENDED, LocalDate.of(2026, 2, 4), 20, "Complex and voluminous"),
                ClockEvent.of(ClockEvent.Kind.CLARIFICATION_REQUESTED, LocalDate.of(2026, 2, 5)),
                ClockEvent.of(ClockEvent.Kind.CLARIFICATION_RECEIVED, LocalDate.of(2026, 2, 16)),
                ClockEvent.of(ClockEvent.Kind.FEES_NOTICE_GIVEN, LocalDate.of(2026, 3, 2)),
                ClockEvent.of(ClockEvent.Kind.FEE_RECEIVED, LocalDate.of(2026, 3, 13))));

        // The oracle's row "EIR clarification + fee pause + 40 working days" gives 30 April 2026.
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(d.dayZero()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(d.notCounted()).filteredOn(n -> n.reason() == Deadline.Reason.FEES_NOTICE).hasSize(10);
        assertThat(d.refusalNoticeDue()).isNull();
    }

    @Test
    void while_waiting_for_a_fee_the_clock_is_stopped_and_says_when_the_request_lapses() {
        Deadline d = Calendars.clock().deadline(Regime.FOIA, List.of(ClockEvent.received(LocalDate.of(2026, 3, 2)),
                ClockEvent.of(ClockEvent.Kind.FEES_NOTICE_GIVEN, LocalDate.of(2026, 3, 9))));

        assertThat(d.isRunning()).isFalse();
        assertThat(d.dueDate()).isNull();
        assertThat(d.workingDaysUsed()).isEqualTo(4);
        assertThat(d.stopped().lapsesOn()).isEqualTo(LocalDate.of(2026, 6, 9));
    }

    @Test
    void a_date_outside_the_calendar_is_refused_not_guessed() {
        StatutoryClock clock = Calendars.clock();
        assertThatThrownBy(() -> clock.deadline(Regime.FOIA, List.of(ClockEvent.received(LocalDate.of(2029, 1, 3)))))
                .isInstanceOf(CalendarNotCoveredException.class).hasMessageContaining("2023 to 2028");
        // Received in the calendar, but the twentieth working day would be in 2029.
        assertThatThrownBy(() -> clock.deadline(Regime.FOIA, List.of(ClockEvent.received(LocalDate.of(2028, 12, 20)))))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void a_year_missing_one_nation_is_not_covered() {
        BankHolidayCalendar partial = new BankHolidayCalendar(List.of(
                new BankHoliday(Nation.ENGLAND_AND_WALES, LocalDate.of(2030, 1, 1), "New Year’s Day"),
                new BankHoliday(Nation.SCOTLAND, LocalDate.of(2030, 1, 1), "New Year’s Day")));
        assertThat(partial.covers(LocalDate.of(2030, 6, 1))).isFalse();
    }

    /** The last day to ask for an internal review: the 40th working day after the response, as the regime counts. */
    @ParameterizedTest(name = "{0}: {2} working days after {1} is {3}")
    @CsvSource({
            // The seed letter's date: the early May and spring bank holidays (6 and 27 May 2024) not counted.
            "FOIA,  2024-04-18, 40, 2024-06-17",
            // Scotland's World Cup bank holiday (15 June 2026) counts against FOIA and FOISA alike.
            "FOIA,  2026-05-07, 40, 2026-07-06",
            "FOISA, 2026-05-07, 40, 2026-07-06",
            // Northern Ireland's Battle of the Boyne substitute day (13 July 2026) counts for the EIR, not FOISA.
            "EIR,   2026-07-01, 20, 2026-07-30",
            "FOISA, 2026-07-01, 20, 2026-07-29",
            // Day 0 on a Saturday: the first working day is the Monday.
            "FOIA,  2026-07-04, 1,  2026-07-06",
    })
    void working_days_after_a_date_skip_the_regimes_bank_holidays(Regime regime, LocalDate from, int count,
            LocalDate expected) {
        assertThat(Calendars.clock().workingDaysAfter(regime, from, count)).isEqualTo(expected);
    }
}
