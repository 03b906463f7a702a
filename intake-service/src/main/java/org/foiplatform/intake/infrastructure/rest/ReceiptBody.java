package org.foiplatform.intake.infrastructure.rest;

import java.time.Instant;

/** The answer to a submission: the reference to quote, and when the request was received. */
public record ReceiptBody(String reference, Instant receivedAt, String status) {
}
