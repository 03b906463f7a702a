package org.foiplatform.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a case's history as people read it: what happened, when, who did it, and how the due date
 * moved (both dates null when it did not).
 */
public record TimelineEntry(Instant at, String what, String detail, String actor, LocalDate previousDueDate,
        LocalDate dueDate) {
}
