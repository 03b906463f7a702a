package org.foiplatform.assessment.infrastructure.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.application.SendReminders;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Sends the deadline reminders due today, on a schedule ({@code foi.assessment.reminders-every}). */
@ApplicationScoped
public class ReminderJobs {

    private static final Logger LOG = Logger.getLogger(ReminderJobs.class);

    private final SendReminders reminders;
    private final Clock clock;
    private final ZoneId zone;

    public ReminderJobs(SendReminders reminders, Clock clock, AssessmentConfig config) {
        this.reminders = reminders;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    @Scheduled(every = "${foi.assessment.reminders-every:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int sent = reminders.sweep(LocalDate.now(clock.withZone(zone)));
        if (sent > 0) {
            LOG.infof("%d deadline reminders sent", sent);
        }
    }
}
