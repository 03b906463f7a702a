package org.foiplatform.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a case's history as people read it: what happened, when, who did it, and how the due date
 * moved (both dates null when it did not).
 */
public record TimelineEntry(Instant at, String what, String detail, String actor, LocalDate previousDueDate,
        LocalDate dueDate) {

    /** notification-service's mail server accepted an email about the case: {@code what} names the email. */
    public static TimelineEntry emailSent(String what, Instant at) {
        return new TimelineEntry(at, "Email sent: " + what, null, "notification-service", null, null);
    }
}
