package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The bank holidays the clock needs: a port, so that the domain does not care where they are kept
 * (assessment-service keeps them in its database, loaded from gov.uk's data). A calendar covers whole
 * years; asking about a day outside them is an error, never a guess.
 */
public interface HolidayCalendar {

    /** The bank holidays on this day, in every nation that has one; empty for an ordinary day. */
    List<BankHoliday> holidaysOn(LocalDate date);

    /** The years for which every nation's bank holidays are known. */
    Set<Integer> coveredYears();

    default boolean covers(LocalDate date) {
        return coveredYears().contains(date.getYear());
    }

    /** Fails with {@link CalendarNotCoveredException} when the calendar does not cover {@code date}. */
    default void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new CalendarNotCoveredException(date, coveredYears());
        }
    }
}
