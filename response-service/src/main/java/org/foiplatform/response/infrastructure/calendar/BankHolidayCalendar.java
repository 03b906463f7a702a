package org.foiplatform.response.infrastructure.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.foiplatform.response.domain.WorkingDays;
import org.jboss.logging.Logger;

/**
 * The working-day rule with the UK bank holidays the {@code contracts} jar ships ({@code calendar/bank-holidays.csv},
 * GOV.UK's data, {@code region,date,name}). Past its last year only weekends are skipped, and a warning says once
 * that the file needs a newer copy.
 */
public class BankHolidayCalendar {

    public static final String RESOURCE = "calendar/bank-holidays.csv";
    private static final Logger LOG = Logger.getLogger(BankHolidayCalendar.class);

    @Produces
    @Singleton
    WorkingDays workingDays() {
        return load(BankHolidayCalendar.class.getClassLoader().getResourceAsStream(RESOURCE));
    }

    static WorkingDays load(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        Map<String, Set<LocalDate>> byRegion = new HashMap<>();
        int lastYear = Integer.MIN_VALUE;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals("region,date,name")) {
                throw new IllegalStateException(RESOURCE + " must start with region,date,name");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", 3);
                LocalDate date = LocalDate.parse(cells[1].strip());
                byRegion.computeIfAbsent(cells[0].strip(), r -> new HashSet<>()).add(date);
                lastYear = Math.max(lastYear, date.getYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int covered = lastYear;
        AtomicBoolean warned = new AtomicBoolean();
        LOG.debugf("Disclosure log: bank holidays of %s up to %d", byRegion.keySet(), covered);
        return new WorkingDays(byRegion, covered, () -> {
            if (warned.compareAndSet(false, true)) {
                LOG.warnf("The bank holidays in %s end with %d: later publication dates skip weekends only."
                        + " Ship a newer calendar in contracts.", RESOURCE, covered);
            }
        });
    }
}
