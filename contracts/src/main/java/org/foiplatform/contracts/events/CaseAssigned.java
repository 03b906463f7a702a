package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case was assigned to a team, an officer or both ({@code null} for the part not set). {@code officerEmail} is the
 * address of that officer's account, if it has one; without it the team's mailbox is told. {@code assignedBy} is the
 * officer who assigned it; {@code dueDate} the day the response is due.
 */
public record CaseAssigned(String reference, String regime, String team, String officer, String officerEmail,
        String assignedBy, LocalDate dueDate) {

    public CaseAssigned {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(assignedBy, "assignedBy");
    }
}
