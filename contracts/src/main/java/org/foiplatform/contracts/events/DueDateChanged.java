package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The due date of a case changed, so that the requester can be told: the bank-holiday calendar changed,
 * the regime changed, the clock stopped (then {@code dueDate} is null) or started again, or the time was
 * extended. {@code cause} is one of CALENDAR_CHANGED, REGIME_CHANGED, CLOCK_STOPPED, CLOCK_RESTARTED,
 * EXTENDED; {@code reason} says it in words.
 */
public record DueDateChanged(String reference, String regime, LocalDate previousDueDate, LocalDate dueDate,
        int workingDays, String cause, String reason) {

    public DueDateChanged {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(reason, "reason");
    }
}
