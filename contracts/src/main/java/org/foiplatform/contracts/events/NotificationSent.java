package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An email has been accepted by the mail server. It names no address: personal data stays with the
 * services that need it.
 */
public record NotificationSent(String reference, UUID notificationId, String kind, Instant sentAt) {

    public NotificationSent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
