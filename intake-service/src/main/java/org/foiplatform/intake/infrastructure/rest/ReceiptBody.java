package org.foiplatform.intake.infrastructure.rest;

import java.time.Instant;

/**
 * The answer to a submission: the reference to quote, when the request was received and, in the first answer only,
 * the private tracking token and the tracking link (a path on this service) that carries it.
 */
public record ReceiptBody(String reference, Instant receivedAt, String status, String trackingToken,
        String trackingLink) {
}
