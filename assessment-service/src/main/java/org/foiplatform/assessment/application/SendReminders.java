package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Reminder;
import org.foiplatform.assessment.domain.StatutoryClock;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DeadlineApproaching;
import org.foiplatform.contracts.events.DeadlineMissed;
import org.foiplatform.messaging.EventRecorder;
import org.jboss.logging.Logger;

/**
 * Publishes {@code DeadlineApproaching} (by default 5 and 2 working days before the due date) and
 * {@code DeadlineMissed} (the day after it) for every open case, each exactly once per case and due date: the
 * claim in {@link ReminderLog} and the outbox row commit together, so a restart or a second instance sweeping at
 * the same time sends nothing twice.
 */
@ApplicationScoped
public class SendReminders {

    private static final Logger LOG = Logger.getLogger(SendReminders.class);
    /** Calendar days ahead that may hold the first reminder point: 5 working days across Christmas is 11. */
    private static final int HORIZON_DAYS = 21;

    private final CaseRepository cases;
    private final ReminderLog log;
    private final EventRecorder events;
    private final Clocks clocks;
    private final Clock clock;
    private final List<Integer> thresholds;

    public SendReminders(CaseRepository cases, ReminderLog log, EventRecorder events, Clocks clocks, Clock clock,
            AssessmentConfig config) {
        this.cases = cases;
        this.log = log;
        this.events = events;
        this.clocks = clocks;
        this.clock = clock;
        this.thresholds = List.copyOf(config.reminderWorkingDays());
    }

    /** Sends what is due {@code today}; returns how many reminders were sent. One transaction per case. */
    public int sweep(LocalDate today) {
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        return sweep(today, (after, limit) -> cases.openDueBy(horizon, after, limit))
                + sweep(today, (after, limit) -> cases.reviewsDueBy(horizon, after, limit));
    }

    /** Walks one kind of due date a page at a time; each case in a transaction of its own. */
    private int sweep(LocalDate today, java.util.function.BiFunction<String, Integer, List<String>> page) {
        int sent = 0;
        String after = "";
        List<String> batch;
        while (!(batch = page.apply(after, 100)).isEmpty()) {
            for (String reference : batch) {
                sent += remind(reference, today) ? 1 : 0;
            }
            after = batch.get(batch.size() - 1);
        }
        return sent;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remind(String reference, LocalDate today) {
        InformationCase c = cases.find(reference).orElse(null);
        if (c == null) {
            return false;
        }
        // An open request's due date, or an open internal review's.
        boolean review = c.status() == org.foiplatform.assessment.domain.CaseStatus.REVIEW_OPEN && c.review() != null;
        LocalDate dueDate = review ? c.review().dueDate() : c.dueDate();
        if (!(review || c.status().isOpen()) || dueDate == null) {
            return false;
        }
        StatutoryClock statutoryClock = clocks.current().clock();
        int left = today.isAfter(dueDate) ? 0 : statutoryClock.workingDaysBetween(c.regime(), today, dueDate);
        Optional<Reminder> due = Reminder.dueOn(today, dueDate, left, thresholds,
                review ? Reminder.Deadline.REVIEW : Reminder.Deadline.REQUEST);
        if (due.isEmpty() || !log.claim(reference, due.get())) {
            return false;
        }
        Reminder reminder = due.get();
        c.reminded(reminder, clock.instant());
        cases.update(c);
        if (reminder.kind() == Reminder.Kind.MISSED) {
            events.record(EventType.DEADLINE_MISSED, reference, new DeadlineMissed(reference, c.regime().name(),
                    reminder.dueDate(), c.status().name(), reminder.deadline().name()), c.correlationId(), null);
        } else {
            events.record(EventType.DEADLINE_APPROACHING, reference, new DeadlineApproaching(reference,
                    c.regime().name(), reminder.dueDate(), reminder.workingDaysLeft(), c.status().name(),
                    reminder.deadline().name()),
                    c.correlationId(), null);
        }
        LOG.infof("%s: %s (due %s)", reference, reminder.describe(), reminder.dueDate());
        return true;
    }
}
