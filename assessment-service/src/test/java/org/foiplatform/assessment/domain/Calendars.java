package org.foiplatform.assessment.domain;

import org.foiplatform.assessment.infrastructure.calendar.BankHolidayFiles;

/** The bundled bank-holiday calendar (the service's resource, read as the service reads it), for domain tests. */
final class Calendars {

    private static BankHolidayCalendar bundled;

    private Calendars() {
    }

    static synchronized BankHolidayCalendar bundled() {
        if (bundled == null) {
            bundled = new BankHolidayCalendar(BankHolidayFiles.bundledCsv().holidays());
        }
        return bundled;
    }

    static StatutoryClock clock() {
        return new StatutoryClock(bundled(), ClockRules.standard());
    }
}
