package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case still open is {@code workingDaysLeft} working days from its due date (by default 5, then 2). Published
  * once per case, due date and number of days, whatever restarts or instances there are.
 */
public record DeadlineApproaching(String reference, String regime, LocalDate dueDate, int workingDaysLeft,
        String status, String deadline) {

    public DeadlineApproaching {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
