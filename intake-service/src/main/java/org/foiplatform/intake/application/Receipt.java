package org.foiplatform.intake.application;

import java.time.Instant;

import org.foiplatform.intake.domain.Reference;

/**
 * What the requester is told: the reference, when the request was received and, the first time only, the private
 * tracking token ({@code null} on a replay: only its hash was kept).
 */
public record Receipt(Reference reference, Instant receivedAt, boolean replayed, String trackingToken) {

    @Override
    public String toString() {
        return "Receipt[" + reference + ", " + receivedAt + ", replayed=" + replayed + "]";
    }
}
