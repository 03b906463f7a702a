package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A service's outbox relay parked one of its events: the broker refused it for good (a record too large, say),
 * so it was never published and whatever it should have caused has not happened. Published by the messaging
 * runtime of any service, in the transaction that parks the event, so that the case's timeline says so and an
 * admin can replay the event once the cause is fixed. It names the event, never its content.
 */
public record EventParked(String reference, String service, UUID eventId, String eventType, String topic,
        String reason, Instant parkedAt) {

    /** The longest reason carried: the broker's words, cut to this. */
    public static final int MAX_REASON = 1000;

    public EventParked {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(parkedAt, "parkedAt");
    }
}
