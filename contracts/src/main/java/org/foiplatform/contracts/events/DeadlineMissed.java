package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case was still open the day after its due date: the response is late (FOIA s.10(1)). Published once per case
 * and due date, whatever restarts or instances there are.
 */
public record DeadlineMissed(String reference, String regime, LocalDate dueDate, String status, String deadline) {

    public DeadlineMissed {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
