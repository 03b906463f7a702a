package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A deadline would need a day outside the years the bank-holiday calendar covers: no answer is given. */
public class CalendarNotCoveredException extends RuntimeException {

    private final LocalDate date;

    public CalendarNotCoveredException(LocalDate date, Set<Integer> coveredYears) {
        super(message(date, coveredYears));
        this.date = date;
    }

    private static String message(LocalDate date, Set<Integer> covered) {
        TreeSet<Integer> years = new TreeSet<>(covered);
        String range = years.isEmpty() ? "no years at all"
                : years.first().equals(years.last()) ? String.valueOf(years.first())
                : years.first() + " to " + years.last();
        return "The bank-holiday calendar covers " + range + ", so it cannot count working days in " + date.getYear()
                + ". Import a newer gov.uk bank-holidays.json.";
    }

    public LocalDate date() {
        return date;
    }
}
