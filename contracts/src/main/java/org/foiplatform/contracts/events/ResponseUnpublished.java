package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A response was taken off the disclosure log (for example, personal data the anonymiser missed): its public page is
 * gone, and nobody should be pointed to it any more. Intake stops suggesting it. The reason stays in response-service
 * (it may name what was wrong); only the entry and when it went are carried.
 */
public record ResponseUnpublished(String reference, UUID entryId, Instant unpublishedAt) {

    public ResponseUnpublished {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(unpublishedAt, "unpublishedAt");
    }
}
