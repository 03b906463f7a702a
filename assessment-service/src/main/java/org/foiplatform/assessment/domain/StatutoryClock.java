package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * FOIA s.10(1): comply promptly and in any event not later than the twentieth working day following
 * the date of receipt. The date of receipt is day 0, whether or not it is a working day; day 1 is the
 * first working day after it.
 */
public final class StatutoryClock {

    private final WorkingDayCalendar calendar;
    private final int workingDays;

    public StatutoryClock(WorkingDayCalendar calendar, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1");
        }
        this.calendar = Objects.requireNonNull(calendar);
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }

    /** The last day for compliance: the {@code workingDays}-th working day following {@code receivedOn}. */
    public LocalDate dueDate(LocalDate receivedOn) {
        LocalDate day = receivedOn;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
