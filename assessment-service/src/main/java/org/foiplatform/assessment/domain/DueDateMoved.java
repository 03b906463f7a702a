package org.foiplatform.assessment.domain;

import java.time.LocalDate;

/**
 * A domain event: the due date of a case changed (or the clock stopped: {@code dueDate} null).
 *
 * @param cause what moved it
 * @param reason in words, e.g. "Bank holiday added: Monday 15 June 2026, World Cup bank holiday (Scotland)"
 */
public record DueDateMoved(String reference, Regime regime, LocalDate previousDueDate, LocalDate dueDate,
        int workingDays, Cause cause, String reason) {

    public enum Cause {
        CALENDAR_CHANGED,
        REGIME_CHANGED,
        CLOCK_STOPPED,
        CLOCK_RESTARTED,
        EXTENDED
    }
}
