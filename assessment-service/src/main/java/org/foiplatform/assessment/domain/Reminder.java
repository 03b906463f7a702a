package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A reminder about a case's due date: so many working days left (by default 5, then 2), or missed (the day after
 * the due date with the case still open). Each is sent once per case and due date; a new due date (an extension,
 * a clock restarted) has reminders of its own.
 */
public record Reminder(Kind kind, int workingDaysLeft, LocalDate dueDate, Deadline deadline) {

    public enum Kind {
        APPROACHING,
        MISSED
    }

    /** Which clock the reminder is about: the request's due date, or an internal review's. */
    public enum Deadline {
        REQUEST,
        REVIEW
    }

    /** As the reminder log keys it: the review's reminders apart from the request's. */
    public String logKind() {
        return deadline == Deadline.REVIEW ? "REVIEW_" + kind.name() : kind.name();
    }

    /**
     * The reminder due {@code today} for a case due on {@code dueDate} with {@code workingDaysLeft} working days
     * from today (excluded) to the due date (included), given the reminder points {@code thresholds} (working days
     * before the due date). A sweep that ran late sends only the nearest point passed, never a stale one.
     */
    public static Optional<Reminder> dueOn(LocalDate today, LocalDate dueDate, int workingDaysLeft,
            List<Integer> thresholds) {
        return dueOn(today, dueDate, workingDaysLeft, thresholds, Deadline.REQUEST);
    }

    public static Optional<Reminder> dueOn(LocalDate today, LocalDate dueDate, int workingDaysLeft,
            List<Integer> thresholds, Deadline deadline) {
        if (dueDate == null) {
            return Optional.empty();
        }
        if (today.isAfter(dueDate)) {
            return Optional.of(new Reminder(Kind.MISSED, 0, dueDate, deadline));
        }
        return thresholds.stream().filter(t -> t >= workingDaysLeft).min(Integer::compare)
                .map(t -> new Reminder(Kind.APPROACHING, t, dueDate, deadline));
    }

    /** As the case's timeline says it. */
    public String describe() {
        String what = deadline == Deadline.REVIEW ? "Internal review deadline" : "Deadline";
        return kind == Kind.MISSED ? what + " missed" : what + " approaching: " + workingDaysLeft
                + (workingDaysLeft == 1 ? " working day left" : " working days left");
    }
}
