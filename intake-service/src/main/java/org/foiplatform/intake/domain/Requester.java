package org.foiplatform.intake.domain;

/** The person asking: FOIA s.8(1)(b) requires a name and an address for correspondence (an email address will do). */
public record Requester(String name, String email) {
}
