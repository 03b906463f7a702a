package org.foiplatform.assessment.infrastructure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.application.HolidayStore;
import org.foiplatform.assessment.domain.BankHoliday;
import org.foiplatform.assessment.domain.BankHolidayCalendar;
import org.foiplatform.assessment.domain.Nation;
import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfigBuilder;

/** A unit test of one class: the readiness check against a calendar that ends in 2028. */
class CalendarHealthTest {

    private static final HolidayStore STORE = new HolidayStore() {
        private final BankHolidayCalendar calendar = new BankHolidayCalendar(
                java.util.stream.IntStream.rangeClosed(2027, 2028).boxed()
                        .flatMap(year -> java.util.Arrays.stream(Nation.values())
                                .map(n -> new BankHoliday(n, java.time.LocalDate.of(year, 12, 25), "Christmas Day")))
                        .toList());

        @Override
        public Revision current() {
            return new Revision(3, calendar);
        }

        @Override
        public Revision replace(List<BankHoliday> holidays, Map<Nation, Set<Integer>> years, String source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Change> changesBetween(long from, long to) {
            return List.of();
        }
    };

    private static AssessmentConfig config() {
        // Quarkus reads "10m"; a bare SmallRye config reads only ISO 8601 durations.
        return new SmallRyeConfigBuilder().withMapping(AssessmentConfig.class)
                .withDefaultValue("foi.assessment.redate-every", "PT10M").build()
                .getConfigMapping(AssessmentConfig.class);
    }

    private static HealthCheckResponse on(String instant) {
        return new CalendarHealth(STORE, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), config()).call();
    }

    @Test
    void ready_while_the_calendar_covers_the_next_hundred_days() {
        HealthCheckResponse response = on("2028-09-20T12:00:00Z");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("coveredUntil", "2028-12-31");
    }

    @Test
    void not_ready_when_a_deadline_could_need_a_year_it_does_not_know() {
        HealthCheckResponse response = on("2028-09-30T12:00:00Z");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get("needed").toString()).contains("2029-01-08");
        assertThat(on("2026-11-29T12:00:00Z").getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
