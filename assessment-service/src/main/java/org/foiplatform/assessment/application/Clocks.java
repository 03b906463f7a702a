package org.foiplatform.assessment.application;

import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.domain.ClockRules;
import org.foiplatform.assessment.domain.Nation;
import org.foiplatform.assessment.domain.StatutoryClock;

/** The statutory clock with the configured rules and the calendar as it stands now. */
@ApplicationScoped
public class Clocks {

    private final HolidayStore holidays;
    private final ClockRules rules;

    public Clocks(HolidayStore holidays, AssessmentConfig config) {
        this.holidays = holidays;
        this.rules = new ClockRules(config.workingDays(), config.publicInterestExtensionDays(),
                config.complexAndVoluminousWorkingDays(), config.sarMonths(), config.sarExtensionMonths(),
                Period.parse(config.clarificationLapse()), Period.parse(config.feeLapse()),
                Nation.ofSlug(config.sarNation()).orElseThrow(() -> new IllegalArgumentException(
                        "foi.assessment.sar-nation must be england-and-wales, scotland or northern-ireland")));
    }

    public ClockRules rules() {
        return rules;
    }

    /** The clock and the revision of the calendar it uses. */
    public Dated current() {
        HolidayStore.Revision revision = holidays.current();
        return new Dated(new StatutoryClock(revision.calendar(), rules), revision.number());
    }

    public record Dated(StatutoryClock clock, long revision) {
    }
}
