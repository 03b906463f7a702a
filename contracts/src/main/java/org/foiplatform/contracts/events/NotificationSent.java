package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An email has been accepted by the mail server. It names no address: personal data stays with the
 * services that need it. {@code kind} names the email (its template, e.g. {@code acknowledgement});
 * {@code messageId} is the email's {@code Message-ID} header, the same on every attempt; {@code sentAt}
 * is when the mail server accepted it.
 */
public record NotificationSent(String reference, UUID notificationId, String kind, String messageId, Instant sentAt) {

    public NotificationSent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
