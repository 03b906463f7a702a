package org.foiplatform.assessment.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.domain.CalendarNotCoveredException;
import org.foiplatform.assessment.domain.ClockEvent;
import org.foiplatform.assessment.domain.ClockRules;
import org.foiplatform.assessment.domain.Deadline;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.HolidayCalendar;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.StatutoryClock;

/**
 * The public deadline calculator: the due date of a request from its regime and dates, with the reasons.
 * Parameters arrive as text so that each one at fault is named; a date outside the calendar's years is
 * refused, never guessed.
 */
@ApplicationScoped
public class CalculateDeadline {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String TITLE = "The deadline could not be worked out";

    private final Clocks clocks;

    public CalculateDeadline(Clocks clocks) {
        this.clocks = clocks;
    }

    /** The calculator's input, as given: any field may be null or blank. */
    public record Question(String regime, String received, String feesNotice, String feesPaid,
            String clarificationRequested, String clarificationReceived, String workingDays, String extensionMonths) {
    }

    public Deadline calculate(Question q) {
        List<DecisionProblem> problems = new ArrayList<>();
        HolidayCalendar calendar = clocks.current().clock().calendar();
        ClockRules rules = clocks.rules();
        Regime regime = regime(q.regime(), problems);
        LocalDate received = date("received", q.received(), true, calendar, problems);
        LocalDate feesNotice = date("feesNotice", q.feesNotice(), false, calendar, problems);
        LocalDate feesPaid = date("feesPaid", q.feesPaid(), false, calendar, problems);
        LocalDate asked = date("clarificationRequested", q.clarificationRequested(), false, calendar, problems);
        LocalDate answered = date("clarificationReceived", q.clarificationReceived(), false, calendar, problems);
        Integer workingDays = number("workingDays", q.workingDays(), 1, ClockRules.MOST_WORKING_DAYS, problems);
        Integer extensionMonths = number("extensionMonths", q.extensionMonths(), 0, rules.sarExtensionMonths(), problems);

        if (isBlank(q.feesNotice()) != isBlank(q.feesPaid())) {
            problems.add(new DecisionProblem(isBlank(q.feesNotice()) ? "feesNotice" : "feesPaid",
                    "Give both the date of the fees notice and the date the fee was received, or neither"));
        }
        if (isBlank(q.clarificationRequested()) == false && isBlank(q.clarificationReceived())) {
            problems.add(new DecisionProblem("clarificationReceived",
                    "Give the date the clarification was received; while it is awaited the clock is stopped"));
        }
        if (regime == Regime.SAR && !isBlank(q.clarificationReceived()) && isBlank(q.clarificationRequested())) {
            problems.add(new DecisionProblem("clarificationRequested",
                    "For a SAR the clock pauses from the day clarification was asked for: give that date too"));
        }
        if (regime == Regime.SAR && !isBlank(q.workingDays())) {
            problems.add(new DecisionProblem("workingDays",
                    "A SAR runs in calendar months, not working days; use extensionMonths for an extension"));
        }
        if (regime != null && regime != Regime.SAR && !isBlank(q.extensionMonths())) {
            problems.add(new DecisionProblem("extensionMonths", "Only a SAR is extended in months; use workingDays"));
        }
        if (received != null) {
            notBefore("feesNotice", feesNotice, "received", received, problems);
            notBefore("clarificationRequested", asked, "received", received, problems);
            notBefore("clarificationReceived", answered, "received", received, problems);
        }
        notBefore("feesPaid", feesPaid, "feesNotice", feesNotice, problems);
        notBefore("clarificationReceived", answered, "clarificationRequested", asked, problems);
        if (feesNotice != null && feesPaid != null && feesPaid.isAfter(feesNotice.plus(rules.feeLapse()))) {
            problems.add(new DecisionProblem("feesPaid", "A fee paid more than " + rules.feeLapse().toTotalMonths()
                    + " months after the notice comes too late: the request has lapsed"));
        }
        if (asked != null && answered != null && answered.isAfter(asked.plus(rules.clarificationLapse()))) {
            problems.add(new DecisionProblem("clarificationReceived", "A clarification more than "
                    + rules.clarificationLapse().toTotalMonths() + " months after it was asked for comes too late: "
                    + "the request has lapsed"));
        }
        if (asked != null && answered != null && feesNotice != null
                && !feesNotice.isBefore(asked) && !feesNotice.isAfter(answered)) {
            problems.add(new DecisionProblem("feesNotice",
                    "A fees notice cannot be given while a clarification is awaited"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(TITLE, problems);
        }

        List<ClockEvent> history = new ArrayList<>();
        if (asked != null) {
            history.add(ClockEvent.of(ClockEvent.Kind.CLARIFICATION_REQUESTED, asked));
        }
        if (answered != null) {
            history.add(ClockEvent.of(ClockEvent.Kind.CLARIFICATION_RECEIVED, answered));
        }
        if (feesNotice != null) {
            history.add(ClockEvent.of(ClockEvent.Kind.FEES_NOTICE_GIVEN, feesNotice));
            history.add(ClockEvent.of(ClockEvent.Kind.FEE_RECEIVED, feesPaid));
        }
        // Stable: on the same day a request comes before its answer, a notice before its fee.
        history.sort(Comparator.comparing(ClockEvent::on));
        history.add(0, ClockEvent.received(received));
        if (extensionMonths != null && extensionMonths > 0) {
            history.add(new ClockEvent(ClockEvent.Kind.EXTENDED, history.get(history.size() - 1).on(), extensionMonths,
                    "Extension asked for in the calculator"));
        }
        StatutoryClock clock = new StatutoryClock(calendar, workingDays == null ? rules : rules.withWorkingDays(workingDays));
        try {
            return clock.deadline(regime, history);
        } catch (CalendarNotCoveredException e) {
            throw new InvalidInputException(TITLE, List.of(new DecisionProblem("received",
                    "The deadline would fall on a day outside the years the bank-holiday calendar covers. "
                            + e.getMessage())));
        }
    }

    private static Regime regime(String value, List<DecisionProblem> problems) {
        Regime regime = Regime.named(value).orElse(null);
        if (regime == null) {
            problems.add(new DecisionProblem("regime", value == null || value.isBlank()
                    ? "Choose the law the request is made under: FOIA, EIR, FOISA, EIRS or SAR" : "Choose one of FOIA, EIR, FOISA, EIRS or SAR"));
        }
        return regime;
    }

    private static LocalDate date(String name, String value, boolean required, HolidayCalendar calendar,
            List<DecisionProblem> problems) {
        if (isBlank(value)) {
            if (required) {
                problems.add(new DecisionProblem(name, "Give the date as YYYY-MM-DD, for example 2026-03-12"));
            }
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new DecisionProblem(name, "Give a real date as YYYY-MM-DD, for example 2026-03-12"));
            return null;
        }
        if (!calendar.covers(date)) {
            problems.add(new DecisionProblem(name, new CalendarNotCoveredException(date, calendar.coveredYears())
                    .getMessage()));
            return null;
        }
        return date;
    }

    private static Integer number(String name, String value, int least, int most, List<DecisionProblem> problems) {
        if (isBlank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= least && n <= most) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new DecisionProblem(name, "Give a whole number from " + least + " to " + most));
        return null;
    }

    private static void notBefore(String name, LocalDate date, String otherName, LocalDate other,
            List<DecisionProblem> problems) {
        if (date != null && other != null && date.isBefore(other)) {
            problems.add(new DecisionProblem(name, "Give a date on or after " + otherName + " (" + DAY.format(other) + ")"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
