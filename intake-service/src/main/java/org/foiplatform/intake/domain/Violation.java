package org.foiplatform.intake.domain;

/** One reason a submission cannot be accepted, naming the field as the requester sent it. */
public record Violation(String field, String reason) {
}
