package org.foiplatform.assessment.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The bundled bank-holiday calendar (the service's resource), read without the framework, for domain tests. */
final class Calendars {

    private static BankHolidayCalendar bundled;

    private Calendars() {
    }

    static synchronized BankHolidayCalendar bundled() {
        if (bundled == null) {
            List<BankHoliday> holidays = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                    Calendars.class.getClassLoader().getResourceAsStream("calendar/bank-holidays.csv")),
                    StandardCharsets.UTF_8))) {
                in.readLine();
                String line;
                while ((line = in.readLine()) != null) {
                    String[] cells = line.split(",", 3);
                    holidays.add(new BankHoliday(Nation.ofSlug(cells[0]).orElseThrow(), LocalDate.parse(cells[1]),
                            cells[2]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = new BankHolidayCalendar(holidays);
        }
        return bundled;
    }

    static StatutoryClock clock() {
        return new StatutoryClock(bundled(), ClockRules.standard());
    }
}
