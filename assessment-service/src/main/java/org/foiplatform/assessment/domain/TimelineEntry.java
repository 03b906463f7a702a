package org.foiplatform.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a case's history as people read it: what happened, when, who did it, and how the due date
 * moved (both dates null when it did not).
 */
public record TimelineEntry(Instant at, String what, String detail, String actor, LocalDate previousDueDate,
        LocalDate dueDate) {

    /**
     * An email to the requester could not be delivered: refused for good, or still failing when its retry horizon
     * passed. The timeline says so, so that the officer reaches the requester another way; nothing else changes.
     */
    public static TimelineEntry emailUndelivered(String email, boolean refusedForGood, int attempts, String reason,
            Instant at) {
        return new TimelineEntry(at, "Email not delivered: " + email,
                (refusedForGood ? "The requester's mail server refused it" : "It could not be delivered in "
                        + attempts + (attempts == 1 ? " attempt" : " attempts")) + " (" + reason
                        + "). Contact the requester another way, and check the address.",
                "notification-service", null, null);
    }

    /**
     * The requester wants replies by post, so {@code what} was not emailed: a task for an officer to print it and post
     * it to {@code postalAddress}.
     */
    public static TimelineEntry printAndPost(String what, String postalAddress, Instant at) {
        return new TimelineEntry(at, "To print and post: " + what, "The requester asked for replies by post. Print "
                + "it (from the delivery log, or the letter's PDF) and post it to: " + String.join(", ",
                        postalAddress.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()),
                "notification-service", null, null);
    }

    /** notification-service's mail server accepted an email about the case: {@code what} names the email. */
    public static TimelineEntry emailSent(String what, Instant at) {
        return new TimelineEntry(at, "Email sent: " + what, null, "notification-service", null, null);
    }
}
