package org.foiplatform.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The envelope every event travels in. {@code correlationId} is shared by every event that stems
 * from one request; {@code causationId} is the id of the event that caused this one (null for the first).
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String reference,
        UUID correlationId,
        UUID causationId,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(payload, "payload");
    }

    public boolean is(EventType eventType) {
        return eventType.wireName().equals(type) && eventType.version() == version;
    }
}
