package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The requester asked for replies by post (they gave a postal address), so this correspondence was not emailed: an
 * officer is to print it and post it to {@code postalAddress}. {@code messageId} is notification-service's id of it
 * ({@code GET /api/notifications/{messageId}/printable} gives it ready to print), {@code kind} its template,
 * {@code subject} the subject it would have had; {@code letterPdf}, for a letter, the path of its PDF at
 * response-service, or null.
 */
public record PostalReplyNeeded(String reference, UUID messageId, String kind, String subject, String postalAddress,
        String letterPdf, Instant createdAt) {

    public PostalReplyNeeded {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(postalAddress, "postalAddress");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
