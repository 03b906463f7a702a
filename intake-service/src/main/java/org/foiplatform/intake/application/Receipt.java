package org.foiplatform.intake.application;

import java.time.Instant;

import org.foiplatform.intake.domain.Reference;

/** What the requester is told: the reference and when the request was received. */
public record Receipt(Reference reference, Instant receivedAt, boolean replayed) {
}
