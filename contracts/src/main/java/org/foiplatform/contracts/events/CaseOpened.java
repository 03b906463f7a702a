package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/** A case has been opened for a request; {@code dueDate} is the last day for compliance. */
public record CaseOpened(String reference, String regime, LocalDate receivedOn, int workingDays, LocalDate dueDate) {

    public CaseOpened {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
