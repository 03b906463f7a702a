package org.foiplatform.contracts;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes events as JSON. Readers are tolerant: unknown fields are ignored, so a producer
 * may add a field without breaking its consumers.
 */
public final class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec() {
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** Wraps a payload in a new envelope. The first event about a request starts its correlation. */
    public EventEnvelope wrap(EventType type, String reference, Record payload, Instant occurredAt,
            UUID correlationId, UUID causationId) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
        UUID eventId = UUID.randomUUID();
        return new EventEnvelope(eventId, type.wireName(), type.version(), occurredAt, reference,
                correlationId == null ? eventId : correlationId, causationId, mapper.valueToTree(payload));
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write event " + envelope.eventId(), e);
        }
    }

    /** Reads an envelope; anything that is not a complete envelope is a {@link MalformedEventException}. */
    public EventEnvelope read(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("Empty message", null);
        }
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("Not an event envelope: " + e.getMessage(), e);
        }
    }

    /** The payload as the record its type declares. */
    public <T extends Record> T payload(EventEnvelope envelope, Class<T> payloadType) {
        try {
            return mapper.treeToValue(envelope.payload(), payloadType);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("Payload of " + envelope.type() + " " + envelope.eventId()
                    + " is not a " + payloadType.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not JSON: " + e.getMessage(), e);
        }
    }
}
