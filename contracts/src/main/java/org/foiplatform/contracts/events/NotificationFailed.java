package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An email could not be delivered and will not be tried again: the mail server refused it for good
 * ({@code permanent}, e.g. a 5xx reply or an address it will not take), or it kept failing until the
 * retry horizon passed. The case's timeline shows it, so that an officer can reach the requester another
 * way. Like {@link NotificationSent} it names no address.
 */
public record NotificationFailed(String reference, UUID notificationId, String kind, boolean permanent, int attempts,
        String reason, Instant failedAt) {

    public NotificationFailed {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
