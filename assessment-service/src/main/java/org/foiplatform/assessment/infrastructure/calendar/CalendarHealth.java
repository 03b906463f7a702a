package org.foiplatform.assessment.infrastructure.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.application.HolidayStore;

/**
 * Not ready when the bank-holiday calendar runs out within 100 days: the longest period the clock counts
 * (60 working days, or a SAR's three months) could then need a year it does not know. An admin imports a
 * newer gov.uk bank-holidays.json to put it right.
 */
@Readiness
@ApplicationScoped
public class CalendarHealth implements HealthCheck {

    static final int DAYS_AHEAD = 100;

    private final HolidayStore store;
    private final Clock clock;
    private final ZoneId zone;

    public CalendarHealth(HolidayStore store, Clock clock, AssessmentConfig config) {
        this.store = store;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    @Override
    public HealthCheckResponse call() {
        HolidayStore.Revision revision = store.current();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate ahead = today.plusDays(DAYS_AHEAD);
        boolean covered = revision.calendar().covers(today) && revision.calendar().covers(ahead);
        int lastYear = revision.calendar().coveredYears().isEmpty() ? 0
                : Collections.max(revision.calendar().coveredYears());
        return HealthCheckResponse.named("bank-holiday calendar").status(covered)
                .withData("revision", revision.number())
                .withData("coveredUntil", lastYear == 0 ? "nothing" : lastYear + "-12-31")
                .withData("needed", covered ? "covered" : "import a newer gov.uk bank-holidays.json: "
                        + ahead + " is not covered")
                .build();
    }
}
