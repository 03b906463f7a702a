package org.foiplatform.assessment.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days are working days. FOIA s.10(6) excludes Saturdays, Sundays, Christmas Day, Good Friday
 * and any bank holiday anywhere in the UK. This first calendar knows weekends only; the bank-holiday
 * calendar (gov.uk's bank-holiday data for the three UK regions) replaces it in a later issue.
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /** Weekends only: Saturday and Sunday are not working days. */
    static WorkingDayCalendar weekendsOnly() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
