package org.foiplatform.intake.domain;

import java.time.LocalDate;

/** One thing that happened to a request, in the requester's words; {@code kind} says which, for the page. */
public record TimelineEntry(LocalDate on, String kind, String text) {
}
