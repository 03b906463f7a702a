package org.foiplatform.assessment.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statutory clock: the due date of a request from its regime and its clock history, with the reasons.
 *
 * <p>Working-day regimes (FOIA s.10(1), EIR reg 5(2), FOISA s.10(1), EIRS reg 5(2)): the date of receipt
 * is day 0 whatever day it is, and the due date is the twentieth working day following it. A clarification
 * makes the day the answer arrives the new day 0 (FOIA s.1(3) with s.10(6), FOISA s.1(3), EIR reg 9(4)).
 * The working days from the day a fees notice is given to the day the fee is received, both included, are
 * not counted (FOIA s.10(2), FOISA s.10(2), EIR reg 8).
 *
 * <p>SAR (UK GDPR Art. 12(3)): one month from receipt by the corresponding date (31 January gives the last
 * day of February), from the day a fee is received where one is due, plus the days spent waiting for a
 * clarification (Art. 12A); a due date on a non-working day moves to the next working day.
 */
public final class StatutoryClock {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final HolidayCalendar calendar;
    private final ClockRules rules;

    public StatutoryClock(HolidayCalendar calendar, ClockRules rules) {
        this.calendar = Objects.requireNonNull(calendar);
        this.rules = Objects.requireNonNull(rules);
    }

    public ClockRules rules() {
        return rules;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The due date of a request under {@code regime} whose clock history is {@code history}, with reasons. */
    public Deadline deadline(Regime regime, List<ClockEvent> history) {
        if (history.isEmpty() || history.get(0).kind() != ClockEvent.Kind.RECEIVED) {
            throw new IllegalArgumentException("A clock history starts with the date of receipt");
        }
        LocalDate received = history.get(0).on();
        calendar.requireCovered(received);
        return regime.countsWorkingDays() ? workingDayDeadline(regime, received, history)
                : monthDeadline(received, history);
    }

    /**
     * The {@code count}th working day after {@code from}, counting as {@code regime} counts working days: the last
     * day to ask for an internal review is the 40th after the response (EIR reg 11(2), FOISA s.20(5), and the
     * FOIA Code of Practice, para 5.3). Day 0 is {@code from} whatever day it is.
     */
    public LocalDate workingDaysAfter(Regime regime, LocalDate from, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        Set<Nation> nations = regime.holidayNations(rules.sarNation());
        LocalDate day = from;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            calendar.requireCovered(day);
            if (notWorking(day, nations) == null) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}, counted as {@code regime} counts them:
     * how many are left before a due date (the reminders). Zero when {@code to} is not after {@code from}.
     */
    public int workingDaysBetween(Regime regime, LocalDate from, LocalDate to) {
        Set<Nation> nations = regime.holidayNations(rules.sarNation());
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            calendar.requireCovered(day);
            if (notWorking(day, nations) == null) {
                counted++;
            }
        }
        return counted;
    }

    /** What a clock history comes to, whatever the regime: day 0, the pauses, the extensions, any stop. */
    private record Walk(LocalDate dayZero, String dayZeroBasis, LocalDate monthStart, String monthStartBasis,
            long daysWaitedForClarification, List<Deadline.Pause> pauses, List<Deadline.Extension> extensions,
            int extra, Deadline.Stop stop) {
    }

    private Walk walk(Regime regime, LocalDate received, List<ClockEvent> history) {
        LocalDate dayZero = received;
        String basis = "the date of receipt";
        LocalDate monthStart = received;
        String monthBasis = basis;
        long waited = 0;
        List<Deadline.Pause> pauses = new ArrayList<>();
        List<Deadline.Extension> extensions = new ArrayList<>();
        int extra = 0;
        String clarifying = clarificationProvision(regime);
        String paying = feesProvision(regime);
        // A clarification and a fees notice are tracked apart, so that either may end while the other lasts.
        Deadline.Stop awaitingClarification = null;
        Deadline.Stop awaitingFee = null;
        for (ClockEvent e : history) {
            switch (e.kind()) {
                case RECEIVED -> {
                }
                case CLARIFICATION_REQUESTED -> awaitingClarification = new Deadline.Stop(Deadline.Reason.CLARIFICATION,
                        e.on(), e.on().plus(rules.clarificationLapse()), clarifying);
                case CLARIFICATION_RECEIVED -> {
                    LocalDate from = awaitingClarification == null ? e.on() : awaitingClarification.since();
                    pauses.add(new Deadline.Pause(Deadline.Reason.CLARIFICATION, from, e.on(), clarifying));
                    // FOIA s.1(3) and s.10(6): the day the further information arrives is the date of receipt.
                    dayZero = e.on();
                    basis = "the day the clarification was received (" + clarifying + ")";
                    // UK GDPR Art. 12A: for a SAR the time spent waiting for the answer does not count.
                    waited += ChronoUnit.DAYS.between(from, e.on());
                    awaitingClarification = null;
                }
                case FEES_NOTICE_GIVEN -> awaitingFee = new Deadline.Stop(Deadline.Reason.FEES_NOTICE, e.on(),
                        e.on().plus(rules.feeLapse()), paying);
                case FEE_RECEIVED -> {
                    // FOIA s.10(2): the days from the notice to the fee, both included, are not counted.
                    pauses.add(new Deadline.Pause(Deadline.Reason.FEES_NOTICE,
                            awaitingFee == null ? e.on() : awaitingFee.since(), e.on(), paying));
                    // A SAR's month runs from the latest of receipt and the fee (ICO guidance on the time limit).
                    if (e.on().isAfter(monthStart)) {
                        monthStart = e.on();
                        monthBasis = "the day the fee was received";
                    }
                    awaitingFee = null;
                }
                case EXTENDED -> {
                    extra += e.amount();
                    extensions.add(new Deadline.Extension(regime.extension(), e.amount(),
                            regime.countsWorkingDays() ? "working days" : "months", e.reason(), extensionProvision(regime)));
                }
            }
        }
        return new Walk(dayZero, basis, monthStart, monthBasis, waited, pauses, extensions, extra,
                earliest(awaitingClarification, awaitingFee));
    }

    private Deadline workingDayDeadline(Regime regime, LocalDate received, List<ClockEvent> history) {
        Walk walk = walk(regime, received, history);
        LocalDate dayZero = walk.dayZero();
        String basis = walk.dayZeroBasis();
        List<Deadline.Pause> pauses = walk.pauses();
        List<Deadline.Extension> extensions = walk.extensions();
        int extraDays = walk.extra();
        Deadline.Stop stop = walk.stop();
        int base = rules.workingDays();
        int target = base + extraDays;
        Set<Nation> nations = regime.holidayNations(rules.sarNation());
        List<Deadline.NotCounted> notCounted = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LocalDate day = dayZero;
        LocalDate original = null;
        int counted = 0;
        LocalDate until = stop == null ? null : stop.since();
        while (counted < target) {
            day = day.plusDays(1);
            if (until != null && !day.isBefore(until)) {
                break;
            }
            calendar.requireCovered(day);
            Deadline.NotCounted skipped = notWorking(day, nations);
            if (skipped == null) {
                skipped = paused(day, pauses, dayZero);
            }
            if (skipped != null) {
                notCounted.add(skipped);
                continue;
            }
            noteHolidayElsewhere(day, nations, regime, notes);
            counted++;
            if (counted == base && extraDays > 0) {
                original = day;
            }
        }
        if (stop != null) {
            return new Deadline(regime, received, dayZero, basis, target, 0, null, null, stop, counted, notCounted,
                    pauses, extensions, notes);
        }
        LocalDate refusalNoticeDue = regime.extension() == Regime.Extension.PUBLIC_INTEREST ? original : null;
        if (refusalNoticeDue != null) {
            notes.add("FOIA section 17(1) and (3): the refusal notice naming the exemption still being weighed is due by "
                    + DAY.format(refusalNoticeDue) + ", the " + ordinal(base) + " working day.");
        }
        notes.add(DAY.format(day) + " is the " + ordinal(target) + " working day after day 0 ("
                + regime.workingDayProvision() + ").");
        return new Deadline(regime, received, dayZero, basis, target, 0, day, refusalNoticeDue, null, counted,
                notCounted, pauses, extensions, notes);
    }

    private Deadline monthDeadline(LocalDate received, List<ClockEvent> history) {
        Regime regime = Regime.SAR;
        Walk walk = walk(regime, received, history);
        LocalDate start = walk.monthStart();
        String basis = walk.monthStartBasis();
        List<Deadline.Pause> pauses = walk.pauses();
        List<Deadline.Extension> extensions = walk.extensions();
        int extraMonths = walk.extra();
        long pausedDays = walk.daysWaitedForClarification();
        Deadline.Stop stop = walk.stop();
        int months = rules.sarMonths() + extraMonths;
        List<Deadline.NotCounted> notCounted = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (stop != null) {
            return new Deadline(regime, received, start, basis, 0, months, null, null, stop, 0, notCounted, pauses,
                    extensions, notes);
        }
        // Corresponding date: plusMonths gives the last day of the month when the month is shorter.
        LocalDate corresponding = start.plusMonths(months);
        if (corresponding.getDayOfMonth() != start.getDayOfMonth()) {
            notes.add(corresponding.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " "
                    + corresponding.getYear() + " has no " + ordinal(start.getDayOfMonth())
                    + ": the month ends on its last day, " + DAY.format(corresponding) + ".");
        }
        LocalDate due = corresponding.plusDays(pausedDays);
        if (pausedDays > 0) {
            notes.add(pausedDays + " days waiting for a clarification are added (UK GDPR Article 12A).");
        }
        Set<Nation> nations = regime.holidayNations(rules.sarNation());
        calendar.requireCovered(due);
        Deadline.NotCounted skipped;
        while ((skipped = notWorking(due, nations)) != null) {
            notCounted.add(skipped);
            due = due.plusDays(1);
            calendar.requireCovered(due);
        }
        if (!notCounted.isEmpty()) {
            notes.add("The month ends on a day that is not a working day, so the deadline moves to the next working day, "
                    + DAY.format(due) + ".");
        }
        return new Deadline(regime, received, start, basis, 0, months, due, null, null, 0, notCounted, pauses,
                extensions, notes);
    }

    private static Deadline.Stop earliest(Deadline.Stop a, Deadline.Stop b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.since().isBefore(a.since()) ? a : b;
    }

    /** Why {@code day} is not a working day for these nations, or null if it is one. */
    private Deadline.NotCounted notWorking(LocalDate day, Set<Nation> nations) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return new Deadline.NotCounted(day, Deadline.Reason.WEEKEND, dow == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
        }
        List<BankHoliday> here = calendar.holidaysOn(day).stream().filter(h -> nations.contains(h.nation())).toList();
        if (here.isEmpty()) {
            return null;
        }
        return new Deadline.NotCounted(day, Deadline.Reason.BANK_HOLIDAY, describe(here));
    }

    private static Deadline.NotCounted paused(LocalDate day, List<Deadline.Pause> pauses, LocalDate dayZero) {
        for (Deadline.Pause p : pauses) {
            if (p.cause() == Deadline.Reason.FEES_NOTICE && p.to() != null && !day.isBefore(p.from())
                    && !day.isAfter(p.to()) && day.isAfter(dayZero)) {
                return new Deadline.NotCounted(day, Deadline.Reason.FEES_NOTICE,
                        "Waiting for the fee: notice given " + DAY.format(p.from()) + ", fee received "
                                + DAY.format(p.to()) + " (" + p.provision() + ")");
            }
        }
        return null;
    }

    private void noteHolidayElsewhere(LocalDate day, Set<Nation> nations, Regime regime, List<String> notes) {
        List<BankHoliday> elsewhere = calendar.holidaysOn(day).stream().filter(h -> !nations.contains(h.nation())).toList();
        if (!elsewhere.isEmpty()) {
            notes.add(DAY.format(day) + " is a working day under " + regime.workingDayProvision() + ", although it is "
                    + describe(elsewhere) + ".");
        }
    }

    /** "Easter Monday (England and Wales, Northern Ireland)"; names that differ by nation are listed each. */
    static String describe(List<BankHoliday> holidays) {
        return holidays.stream()
                .collect(Collectors.groupingBy(BankHoliday::name, java.util.LinkedHashMap::new,
                        Collectors.mapping(h -> h.nation().displayName(), Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining("; "));
    }

    private static String clarificationProvision(Regime regime) {
        return switch (regime) {
            case FOIA -> "FOIA section 1(3)";
            case EIR -> "EIR regulation 9(4)";
            case FOISA -> "FOISA section 1(3)";
            case EIRS -> "EIRS regulation 9(3)";
            case SAR -> "UK GDPR Article 12A";
        };
    }

    private static String feesProvision(Regime regime) {
        return switch (regime) {
            case FOIA -> "FOIA sections 9 and 10(2)";
            case EIR -> "EIR regulation 8";
            case FOISA -> "FOISA sections 9 and 10(2)";
            case EIRS -> "EIRS regulation 8";
            case SAR -> "UK GDPR Article 12(5)";
        };
    }

    public static String extensionProvision(Regime regime) {
        return switch (regime) {
            case FOIA -> "FOIA section 10(3)";
            case EIR -> "EIR regulation 7(1)";
            case EIRS -> "EIRS regulation 7(1)";
            case SAR -> "UK GDPR Article 12(3)";
            case FOISA -> "none: FOISA has no extension";
        };
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
